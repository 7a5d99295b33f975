using Xunit.Abstractions;

namespace PolicyArchive.Tests.Search.Relevance.Collection10;

public sealed class Collection10Fixture() : JudgedCollectionFixture(JudgedCollection.Tenth);

/// <summary>Recall@5 and MRR on the tenth collection: written without looking at search, after search had been tuned
/// on the second to seventh (and the eighth measured), beside the ninth; held out until a fourteenth was begun, tuned
/// on since (its misses are printed). Measured per kind of query and overall, with the thesaurus and dictionaries and as
/// typed. The floors are the figures measured (README.md), a hair under; a change that loses relevance fails here.</summary>
public sealed class Collection10RelevanceTests(Collection10Fixture fixture, ITestOutputHelper output) : IClassFixture<Collection10Fixture>
{
    // First measured (2026-12-04) with the search unchanged since the eighth's last figures: 0.896 / 0.968 with the
    // thesaurus and dictionaries, 0.405 / 0.741 as typed; with names matched by their sound across katakana and Latin
    // letters (chosen on the second to seventh, measured here once), 0.902 / 0.968; with the US states, the second
    // domain-lexicon batch and full names heard across the middle dot (chosen on the eighth once it was tuned on,
    // measured here once), 0.903 / 0.971; with three entries of that batch taken out that existed for one query of the
    // eighth each (the second read of the change, not this collection), 0.905 / 0.973; with the round chosen on the
    // ninth once it was tuned on (lexicon batches, French not back through English in another sense, process nodes),
    // measured here once after each commit, 0.911 / 0.973 (0.906 before the last sweep of legal and corporate words);
    // after a second read narrowed that round's lines (a field line took everyday words and other lines' names),
    // 0.906 / 0.973: the sweep's gain went with them.
    public const double RecallAt5Floor = 0.94; // 0.944 / 0.976 with 中国 and 日本 typed counted as the country; 0.942 / 0.976 with the sixth domain-lexicon batch; 0.930 / 0.973 with a Chinese or Japanese text meeting China or Japan in a query (HomeLanguage); 0.908 tuned on; 0.906 held out (0.912 while -ing forms borrowed all their verb's translations, a rule narrowed after a second read)
    public const double MrrFloor = 0.97;
    public const double AsTypedRecallAt5Floor = 0.40;
    public const double AsTypedMrrFloor = 0.74;

    /// <summary>Floors per kind (recall@5, thesaurus and dictionaries on): the figures measured, a hair under.</summary>
    public static readonly IReadOnlyDictionary<string, double> KindRecallFloors = new Dictionary<string, double>
    {
        ["author"] = 0.995, // 1.000
        ["distractor"] = 0.835, // 0.837 with names matched by their sound (first 0.813)
        ["en-over-fr"] = 0.97, // 0.974 with the sixth batch; 0.954 with HomeLanguage; 0.905 (0.925 while -ing forms borrowed all their verb's translations, and with the ninth's round before its second read)
        ["en-over-ja"] = 0.885, // 0.887 with HomeLanguage; 0.863 with names matched by their sound (first 0.825)
        ["en-over-zh"] = 0.995, // 1.000 with the sixth batch; 0.890 with HomeLanguage; 0.837, a loss kept in view (0.861 while -ing forms borrowed all their verb's translations; 0.873 with the ninth's round before its second read; 0.851 before the eighth's round)
        ["fr-forms"] = 0.95, // 0.954 with the sixth batch; 0.934 with HomeLanguage; 0.905 (0.925 while -ing forms borrowed all their verb's translations)
        ["fr-no-accents"] = 0.96, // 0.961 with the sixth batch; 0.949 with HomeLanguage; 0.880 (0.861 while the eighth's round held three entries for one query each)
        ["fr-over-en"] = 0.96, // 0.961
        ["fr-over-zh"] = 0.89, // 0.892 with HomeLanguage; 0.859 once a French phrase is found whatever its article (0.842 held out; 0.820 before the eighth's round)
        ["ja-over-fr"] = 0.96, // 0.963 with HomeLanguage; 0.935
        ["same-language"] = 0.905, // 0.910 (0.890 before the eighth's round, first 0.871)
        ["zh-over-fr"] = 0.95, // 0.956 with 中国 and 日本 typed counted as the country; 0.933
    };

    [Fact]
    public void Recall_at_5_and_MRR_stay_above_the_figures_measured_overall_and_per_kind() =>
        JudgedMeasurement.AssertAboveFloors(output, fixture.Index, JudgedCollection.Tenth.Judgements, new(RecallAt5Floor, MrrFloor, KindRecallFloors), new(AsTypedRecallAt5Floor, AsTypedMrrFloor),
            printMisses: true);
}
