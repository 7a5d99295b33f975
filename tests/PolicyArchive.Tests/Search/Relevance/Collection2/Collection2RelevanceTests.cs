using Xunit.Abstractions;

namespace PolicyArchive.Tests.Search.Relevance.Collection2;

public sealed class Collection2Fixture : IDisposable
{
    public TestIndex Index { get; } = new(Collection2Corpus.Documents());

    public void Dispose() => Index.Dispose();
}

/// <summary>Recall@5 and MRR on the second collection, written independently of the dictionaries, per kind of query
/// and overall. The floors are the figures reached (docs/search.md); a change that loses relevance fails here.</summary>
public sealed class Collection2RelevanceTests(Collection2Fixture fixture, ITestOutputHelper output) : IClassFixture<Collection2Fixture>
{
    // 0.923 / 0.948 after the pinyin and CC-CEDICT round (0.916 / 0.946 before).
    public const double RecallAt5Floor = 0.955; // 0.956 / 0.960 with look-alikes moved down (TopicCoherence); 0.952 / 0.956 with grants among subsidies and civil servants, actors, stakes and politicians in the domain lexicon; 0.940 / 0.955 with 我国 ("our country", how Chinese texts name China) among the China concept's Chinese names (0.932 / 0.954 before; 0.923 / 0.948 before titles weighed as much as bodies)
    public const double MrrFloor = 0.955;

    /// <summary>Floors per kind (recall@5), the figures reached.</summary>
    public static readonly IReadOnlyDictionary<string, double> KindRecallFloors = new Dictionary<string, double>
    {
        ["author"] = 0.995,
        ["distractor"] = 0.85, // 0.857 with look-alikes moved down (TopicCoherence) (0.829 before)
        ["en-over-fr"] = 0.92, // 0.922 with look-alikes moved down (TopicCoherence) (0.944 before)
        ["en-over-ja"] = 0.995,
        // 1.000 until the domain lexicon's wrong "licence" = remuneration entry went (its Chinese 许可 had found c2-001
        // for "H20 licence requirement"); the general dictionaries translate licence otherwise.
        ["en-over-zh"] = 0.965,
        ["fr-forms"] = 0.92, // 0.921 with look-alikes moved down (TopicCoherence); 0.886 with grants among subsidies (0.867 before; 0.847 and 0.819 before Apertium's French–English and the French families for every form)
        ["fr-no-accents"] = 0.965, // 0.968 with grants among subsidies (0.950 before)
        ["fr-over-en"] = 0.995, // 1.000 with grants among subsidies (0.833 before)
        ["fr-over-zh"] = 0.995, // 1.000 with 我国 ("our country", how Chinese texts name China) among the China concept's Chinese names (0.750 before)
        ["same-language"] = 0.985,
        ["zh-over-fr"] = 0.94,
    };

    [Fact]
    public void Recall_at_5_and_MRR_stay_above_the_figures_reached_overall_and_per_kind() =>
        JudgedMeasurement.AssertAboveFloors(output, fixture.Index, Collection2Judgements.All, new(RecallAt5Floor, MrrFloor, KindRecallFloors));
}
