using Xunit.Abstractions;

namespace PolicyArchive.Tests.Search.Relevance.Collection4;

public sealed class Collection4Fixture() : JudgedCollectionFixture(JudgedCollection.Fourth);

/// <summary>Recall@5 and MRR on the fourth collection, written without looking at search, after search had been tuned
/// on the second and third; held out until the fifth was written, tuned on since. Measured per kind of query and overall,
/// with the thesaurus and dictionaries and as typed. The floors are the figures measured (README.md), a hair under; a
/// change that loses relevance fails here.</summary>
public sealed class Collection4RelevanceTests(Collection4Fixture fixture, ITestOutputHelper output) : IClassFixture<Collection4Fixture>
{
    // First measured (2026-12-02, at fd1a0ae, before anything was changed for it): 0.889 / 0.931 with expansion,
    // 0.423 / 0.651 as typed. After the Apertium round (tuned on the second and third collections only): 0.891 / 0.941.
    // After the pinyin and CC-CEDICT round, the first tuned on its misses: 0.919 / 0.958; with misspelt words translated
    // as their corrections, 0.923 / 0.958; with the domain lexicon's 248 further concepts (written by category, blind to
    // the collections), 0.931 / 0.949: a loss of MRR kept in view.
    // 0.937 / 0.969 once titles weigh as much as bodies (0.931 / 0.949 before); 0.944 / 0.969 with country adjectives.
    public const double RecallAt5Floor = 0.953; // 0.955 / 0.970 with a Chinese or Japanese text meeting China or Japan in a query (HomeLanguage); 0.951 / 0.970 with no French back through English in another sense; 0.949 / 0.970 with civil servants in the domain lexicon (0.944 / 0.969 before)
    public const double MrrFloor = 0.965;
    public const double AsTypedRecallAt5Floor = 0.42;
    public const double AsTypedMrrFloor = 0.645;

    /// <summary>Floors per kind (recall@5, thesaurus and dictionaries on): the figures measured, a hair under.</summary>
    public static readonly IReadOnlyDictionary<string, double> KindRecallFloors = new Dictionary<string, double>
    {
        ["author"] = 0.995, // 1.000
        ["distractor"] = 0.92, // 0.922
        // 0.911 since "AI" typed in capitals counts as a concept (it had been dropped as French « ai »); first 0.956,
        // 0.933 after the Apertium round: a loss kept in view.
        ["en-over-fr"] = 0.91,
        ["en-over-ja"] = 0.915, // 0.917
        ["en-over-zh"] = 0.995, // 1.000 (first 0.788, 0.818 after the Apertium round)
        ["fr-forms"] = 0.83, // 0.833
        ["fr-no-accents"] = 0.995, // 1.000 with civil servants in the domain lexicon (0.967 before)
        ["fr-over-en"] = 0.96, // 0.963
        ["fr-over-zh"] = 0.94, // 0.944 with no French back through English in another sense (0.880; first 0.759)
        ["ja-over-fr"] = 0.855, // 0.857 (first 0.762)
        ["same-language"] = 0.855, // 0.861 (0.778 after the Apertium round)
        ["zh-over-fr"] = 0.975, // 0.977 with civil servants in the domain lexicon (0.947 before, first 0.917)
    };

    [Fact]
    public void Recall_at_5_and_MRR_stay_above_the_figures_measured_overall_and_per_kind() =>
        JudgedMeasurement.AssertAboveFloors(output, fixture.Index, JudgedCollection.Fourth.Judgements, new(RecallAt5Floor, MrrFloor, KindRecallFloors), new(AsTypedRecallAt5Floor, AsTypedMrrFloor));
}
