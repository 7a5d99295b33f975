using Xunit.Abstractions;

namespace PolicyArchive.Tests.Search.Relevance.Collection5;

public sealed class Collection5Fixture() : JudgedCollectionFixture(JudgedCollection.Fifth);

/// <summary>Recall@5 and MRR on the fifth collection, held out: written without looking at search, after search had
/// been tuned on the second, third and fourth. Measured per kind of query and overall, with the thesaurus and
/// dictionaries and as typed. The floors are the figures measured (README.md), a hair under; a change that loses
/// relevance fails here.</summary>
public sealed class Collection5RelevanceTests(Collection5Fixture fixture, ITestOutputHelper output) : IClassFixture<Collection5Fixture>
{
    // First measured (2026-12-02, at 065809a, before anything was changed after it was written): 0.883 / 0.917 with
    // expansion, 0.431 / 0.683 as typed. After the pinyin and CC-CEDICT round (tuned on the fourth collection, this one's
    // misses unread but for the lines README.md names): 0.889 / 0.928, as typed 0.440 / 0.683. Tuned on since the sixth
    // collection was written (README.md): with the domain lexicon's 248 further concepts, 0.930 / 0.948; with the
    // country names of ISO 3166-1 in four languages, 0.944 / 0.953; with long translations in any order and the
    // -crire/-cription families, 0.950 / 0.955; with AI法 as any AI law and English past participles borrowing their
    // headword's missing languages, 0.947 / 0.959; with titles weighing as much as bodies, 0.951 / 0.958; with 我国 as China, 0.954 / 0.958; with the
    // US states, regions, a state's attorney general and governor and currencies in the domain lexicon, 0.958 / 0.958.
    public const double RecallAt5Floor = 0.955; // 0.958 / 0.958 with a Chinese or Japanese text meeting China or Japan in a query (HomeLanguage); 0.954 since « générées » translates as generated (生成) and no longer as
    // "bother" (gêner): `ordonnances générées par IA` lost a Chinese text that does not say 生成 (0.958 before)
    public const double MrrFloor = 0.955;
    public const double AsTypedRecallAt5Floor = 0.435;
    public const double AsTypedMrrFloor = 0.68;

    /// <summary>Floors per kind (recall@5, thesaurus and dictionaries on): the figures measured, a hair under.</summary>
    public static readonly IReadOnlyDictionary<string, double> KindRecallFloors = new Dictionary<string, double>
    {
        ["author"] = 0.995, // 1.000
        ["distractor"] = 0.88, // 0.885 (0.808 before the domain lexicon's further concepts)
        ["en-over-fr"] = 0.935, // 0.940 (first 0.863)
        ["en-over-ja"] = 0.93, // 0.933 (first 0.967): a loss kept in view
        ["en-over-zh"] = 0.965, // 0.970 with the US states (0.947 before, first 0.735)
        ["fr-forms"] = 0.9, // 0.906 with the -crire/-cription families (0.861 before, first 0.794)
        ["fr-no-accents"] = 0.97, // 0.972
        ["fr-over-en"] = 0.995, // 1.000 with the US states (0.979 before)
        ["fr-over-zh"] = 0.905, // 0.909 with « générées » as generated (above); 0.955 with 我国 ("our country", how Chinese texts name China) among the China concept's Chinese names (0.909 before, first 0.864)
        ["ja-over-fr"] = 0.965, // 0.970 once AI法 means any AI law, not only the EU's (1.000 with the country names, 0.894 before, first 0.864)
        ["same-language"] = 0.95, // 0.952 with long translations in any order (0.929 before)
        ["zh-over-fr"] = 0.995, // 1.000 with the country names (0.924 before)
    };

    [Fact]
    public void Recall_at_5_and_MRR_stay_above_the_figures_measured_overall_and_per_kind() =>
        JudgedMeasurement.AssertAboveFloors(output, fixture.Index, JudgedCollection.Fifth.Judgements, new(RecallAt5Floor, MrrFloor, KindRecallFloors), new(AsTypedRecallAt5Floor, AsTypedMrrFloor));
}
