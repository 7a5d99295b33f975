using Xunit.Abstractions;

namespace PolicyArchive.Tests.Search.Relevance.Collection11;

public sealed class Collection11Fixture() : JudgedCollectionFixture(JudgedCollection.Eleventh);

/// <summary>Recall@5 and MRR on the eleventh collection: written without looking at search, after search had been tuned
/// on the second to seventh (the eighth to tenth measured); held out until the thirteenth was written, tuned on since
/// (its misses are printed). Measured per kind of query and overall, with the thesaurus and dictionaries and as typed.
/// The floors are the figures measured (README.md), a hair under; a change that loses relevance fails here.</summary>
public sealed class Collection11RelevanceTests(Collection11Fixture fixture, ITestOutputHelper output) : IClassFixture<Collection11Fixture>
{
    // First measured (2026-12-04) at the search as it was when the collection was written (7a0aa1e): 0.884 / 0.937
    // with the thesaurus and dictionaries, 0.418 / 0.803 as typed; with the round chosen on the eighth meanwhile (the US
    // states, the second domain-lexicon batch, full names heard across the middle dot), 0.891 / 0.937; with the round
    // chosen on the ninth (measured here once after each commit), 0.886 / 0.935. Tuned on from then: the fifth
    // domain-lexicon batch, chosen on its misses by category, 0.922 / 0.948; French plurals in -iés read as
    // French, 0.925 / 0.948; politics, transport and computing terms, 0.932 / 0.951; with a second read's mends and
    // the -aux and -es plurals, 0.934 / 0.951; participles through their infinitive, 0.935 / 0.951.
    public const double RecallAt5Floor = 0.935; // 0.938 / 0.951 with a Chinese or Japanese text meeting China or Japan in a query (HomeLanguage)
    public const double MrrFloor = 0.945;
    public const double AsTypedRecallAt5Floor = 0.415;
    public const double AsTypedMrrFloor = 0.80;

    /// <summary>Floors per kind (recall@5, thesaurus and dictionaries on): the figures measured, a hair under.</summary>
    public static readonly IReadOnlyDictionary<string, double> KindRecallFloors = new Dictionary<string, double>
    {
        ["author"] = 0.995, // 1.000
        ["distractor"] = 0.89, // 0.893 (0.843 held out)
        ["en-over-fr"] = 0.97, // 0.974 (0.940 held out)
        ["en-over-ja"] = 0.95, // 0.951 (0.931 with parties, fares and the rest of the politics and transport batch; 0.799 held out)
        ["en-over-zh"] = 0.925, // 0.928 with computing clusters (0.900)
        ["fr-forms"] = 0.91, // 0.912 with -iés plurals read as French (0.873)
        ["fr-no-accents"] = 0.915, // 0.917 (0.882 held out)
        ["fr-over-en"] = 0.885, // 0.888 (0.867 held out)
        ["fr-over-zh"] = 0.935, // 0.938 (0.917 held out)
        ["ja-over-fr"] = 0.98, // 0.981 (0.946 held out)
        ["same-language"] = 0.88, // 0.882 (0.765 held out)
        ["zh-over-fr"] = 0.925, // 0.927 (0.869 held out)
    };

    [Fact]
    public void Recall_at_5_and_MRR_stay_above_the_figures_measured_overall_and_per_kind() =>
        JudgedMeasurement.AssertAboveFloors(output, fixture.Index, JudgedCollection.Eleventh.Judgements, new(RecallAt5Floor, MrrFloor, KindRecallFloors), new(AsTypedRecallAt5Floor, AsTypedMrrFloor),
            printMisses: true);
}
