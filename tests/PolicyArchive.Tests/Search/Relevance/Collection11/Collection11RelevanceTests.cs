using Xunit.Abstractions;

namespace PolicyArchive.Tests.Search.Relevance.Collection11;

public sealed class Collection11Fixture() : JudgedCollectionFixture(JudgedCollection.Eleventh);

/// <summary>Recall@5 and MRR on the eleventh collection, held out: written without looking at search, after search had
/// been tuned on the second to seventh (the eighth to tenth measured). Measured per kind of query and overall, with the
/// thesaurus and dictionaries and as typed; only the tables are printed, so its misses stay unread. The floors are the
/// figures measured (README.md), a hair under; a change that loses relevance fails here.</summary>
public sealed class Collection11RelevanceTests(Collection11Fixture fixture, ITestOutputHelper output) : IClassFixture<Collection11Fixture>
{
    // First measured (2026-12-04) at the search as it was when the collection was written (7a0aa1e): 0.884 / 0.937
    // with the thesaurus and dictionaries, 0.418 / 0.803 as typed; with the round chosen on the eighth meanwhile (the US
    // states, the second domain-lexicon batch, full names heard across the middle dot), 0.891 / 0.937; with the round
    // chosen on the ninth (measured here once after each commit), 0.886 / 0.935: all of the loss came with French words
    // no longer translated back into French through another sense of their English (5d5927a), kept in view.
    public const double RecallAt5Floor = 0.885;
    public const double MrrFloor = 0.93;
    public const double AsTypedRecallAt5Floor = 0.415;
    public const double AsTypedMrrFloor = 0.80;

    /// <summary>Floors per kind (recall@5, thesaurus and dictionaries on): the figures measured, a hair under.</summary>
    public static readonly IReadOnlyDictionary<string, double> KindRecallFloors = new Dictionary<string, double>
    {
        ["author"] = 0.995, // 1.000
        ["distractor"] = 0.84, // 0.843 with the ninth's round (0.860)
        ["en-over-fr"] = 0.935, // 0.940 (0.921 at 7a0aa1e)
        ["en-over-ja"] = 0.795, // 0.799 with the ninth's round (0.819)
        ["en-over-zh"] = 0.895, // 0.900 (0.879 at 7a0aa1e)
        ["fr-forms"] = 0.87, // 0.873 with the ninth's round (0.858)
        ["fr-no-accents"] = 0.88, // 0.882 with the ninth's round (0.901)
        ["fr-over-en"] = 0.865, // 0.867 (0.839 at 7a0aa1e)
        ["fr-over-zh"] = 0.915, // 0.917
        ["ja-over-fr"] = 0.945, // 0.946 (0.927 at 7a0aa1e)
        ["same-language"] = 0.76, // 0.765 with the ninth's round (0.786)
        ["zh-over-fr"] = 0.865, // 0.869
    };

    [Fact]
    public void Recall_at_5_and_MRR_stay_above_the_figures_measured_overall_and_per_kind() =>
        JudgedMeasurement.AssertAboveFloors(output, fixture.Index, JudgedCollection.Eleventh.Judgements, new(RecallAt5Floor, MrrFloor, KindRecallFloors), new(AsTypedRecallAt5Floor, AsTypedMrrFloor),
            printMisses: false);
}
