using Xunit.Abstractions;

namespace PolicyArchive.Tests.Search.Relevance.Collection8;

public sealed class Collection8Fixture() : JudgedCollectionFixture(JudgedCollection.Eighth);

/// <summary>Recall@5 and MRR on the eighth collection: written without looking at search, after search had been tuned
/// on the second to seventh, and held out until the eleventh was written; tuned on since (its misses are printed).
/// Measured per kind of query and overall, with the thesaurus and dictionaries and as typed. The floors are the figures
/// measured (README.md), a hair under; a change that loses relevance fails here.</summary>
public sealed class Collection8RelevanceTests(Collection8Fixture fixture, ITestOutputHelper output) : IClassFixture<Collection8Fixture>
{
    // First measured (2026-12-03) with the search as it was when the collection was written (f5c9428): 0.910 / 0.967
    // with expansion, 0.472 / 0.788 as typed; with the round chosen on the seventh (glued Latin and Chinese or Japanese
    // split, country adjectives, -trice/-teur families), 0.912 / 0.968; after a second read's mends to that round
    // (particles in glued words not required, -trice read as -teur rather than -teur stripped, three country names
    // kept among the translations), 0.912 / 0.965 (zh-over-fr MRR 1.000 → 0.962: one query's first relevant text a place lower);
    // with China's, Japan's and France's adjectives on their names' lines, 0.914 / 0.965; with names matched by their
    // sound across katakana and Latin letters (chosen on the second to seventh, measured here once), 0.920 / 0.968. Tuned on
    // from here: with the US states, regions, a state's attorney general and governor and currencies in the domain
    // lexicon, 0.933 / 0.968; with a katakana name of two words joined by a middle dot heard as the two
    // names typed side by side (ティリー・ノーウッド: Tilly Norwood), 0.935 / 0.968; with anthropomorphic AI, emotional
    // dependence, virtual partners, takedowns, civil servants, synthetic performers, talent agencies, equity stakes, grants,
    // two summit instruments and seventeen politicians in the domain lexicon, 0.945 / 0.974; after a second read took
    // everyday words off those lines (删除 "delete", « retrait », 職員 any staff, 株式, 依存, ドル, 得州), 0.943 / 0.974, also
    // once the two summit instruments and talent agencies went (each existed for one judged query here).
    public const double RecallAt5Floor = 0.945; // 0.948 / 0.974 with a Chinese or Japanese text meeting China or Japan in a query (HomeLanguage); 0.946 with no French back through English in another sense (0.943)
    public const double MrrFloor = 0.97; // 0.974
    public const double AsTypedRecallAt5Floor = 0.47;
    public const double AsTypedMrrFloor = 0.785;

    /// <summary>Floors per kind (recall@5, thesaurus and dictionaries on): the figures measured, a hair under.</summary>
    public static readonly IReadOnlyDictionary<string, double> KindRecallFloors = new Dictionary<string, double>
    {
        ["author"] = 0.995, // 1.000
        ["distractor"] = 0.795, // 0.800 with the US states (0.782 before)
        ["en-over-fr"] = 0.90, // 0.903
        ["en-over-ja"] = 0.915, // 0.917 with civil servants and politicians (0.861 with full names heard across the middle dot (0.833 with names matched by their sound, 0.806 before)
        ["en-over-zh"] = 0.92, // 0.923: `digital forgery removal request` lost a Chinese text once a takedown no longer
        // searched 删除 (any deletion); 0.949 with it, 0.923 with the US states, 0.904 before
        ["fr-forms"] = 0.97, // 0.976 with no French back through English in another sense (0.940 with anthropomorphic AI and synthetic performers (0.893 with the US states, 0.875 before)
        ["fr-no-accents"] = 0.975, // 0.978 with the US states (0.961; 0.939 before China's, Japan's and France's adjectives joined their names' lines)
        ["fr-over-en"] = 0.995, // 1.000 with the US states (0.981 with names matched by their sound, 0.962 before)
        ["fr-over-zh"] = 0.94, // 0.944 with virtual partners (0.917 with the US states, regions and the attorney general (0.833; 0.806 before the round chosen on the seventh)
        ["ja-over-fr"] = 0.98, // 0.981 with names matched by their sound (0.946 before)
        ["same-language"] = 0.93, // 0.932
        ["zh-over-fr"] = 0.97, // 0.974, a loss kept in view: 日本政府 公务员 生成式AI 平台 lost a Japanese text once civil servants
        // translate widely (the US federal staff story now holds three of the four concepts; the Japanese text two, and is
        // left to a relaxed pass that no longer runs); 1.000 before
    };

    [Fact]
    public void Recall_at_5_and_MRR_stay_above_the_figures_measured_overall_and_per_kind() =>
        JudgedMeasurement.AssertAboveFloors(output, fixture.Index, JudgedCollection.Eighth.Judgements, new(RecallAt5Floor, MrrFloor, KindRecallFloors), new(AsTypedRecallAt5Floor, AsTypedMrrFloor),
            printMisses: true);
}
