using System.Globalization;

using PolicyArchive.Core.Search;

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
    public const double RecallAt5Floor = 0.915;
    public const double MrrFloor = 0.94;

    /// <summary>Floors per kind (recall@5), the figures reached.</summary>
    public static readonly IReadOnlyDictionary<string, double> KindRecallFloors = new Dictionary<string, double>
    {
        ["author"] = 0.995,
        ["distractor"] = 0.77,
        ["en-over-fr"] = 0.895,
        ["en-over-ja"] = 0.995,
        ["en-over-zh"] = 0.995,
        ["fr-forms"] = 0.815,
        ["fr-no-accents"] = 0.95,
        ["fr-over-en"] = 0.83,
        ["fr-over-zh"] = 0.745,
        ["same-language"] = 0.985,
        ["zh-over-fr"] = 0.94,
    };

    private sealed record Measured(Collection2Judgement Judgement, double RecallAt5, double ReciprocalRank, IReadOnlyList<string> Top);

    private List<Measured> Measure(bool expand) => Collection2Judgements.All.Select(j =>
    {
        var top = fixture.Index.Search.Search(new SearchRequest(j.Query, 1, 10, ExpandThesaurus: expand)).Hits.Select(h => h.PublicId).ToList();
        var relevant = j.Relevant.ToHashSet(StringComparer.Ordinal);
        var recall = (double)top.Take(5).Count(relevant.Contains) / Math.Min(relevant.Count, 5);
        var firstRank = top.FindIndex(relevant.Contains);
        return new Measured(j, recall, firstRank < 0 ? 0 : 1.0 / (firstRank + 1), top);
    }).ToList();

    private void Report(string title, List<Measured> measured)
    {
        output.WriteLine($"{title}:");
        output.WriteLine("| kind | queries | recall@5 | MRR |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var kind in measured.GroupBy(m => m.Judgement.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {kind.Key} | {kind.Count()} | {kind.Average(m => m.RecallAt5):0.000} | {kind.Average(m => m.ReciprocalRank):0.000} |"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| **all** | {measured.Count} | **{measured.Average(m => m.RecallAt5):0.000}** | **{measured.Average(m => m.ReciprocalRank):0.000}** |"));
    }

    [Fact]
    public void Recall_at_5_and_MRR_stay_above_the_figures_reached_overall_and_per_kind()
    {
        var measured = Measure(expand: true);
        Report("thesaurus + dictionaries", measured);
        foreach (var m in measured.Where(m => m.RecallAt5 < 1 || m.ReciprocalRank < 1))
            output.WriteLine($"{m.Judgement.Kind} {m.Judgement.Query}: recall@5 {m.RecallAt5:0.00}, RR {m.ReciprocalRank:0.00}; top: {string.Join(", ", m.Top.Take(5))}; relevant: {string.Join(", ", m.Judgement.Relevant)}");
        Report("as typed (switch off)", Measure(expand: false));

        var recall = measured.Average(m => m.RecallAt5);
        var mrr = measured.Average(m => m.ReciprocalRank);
        Assert.True(recall >= RecallAt5Floor, $"recall@5 {recall:0.000} fell below {RecallAt5Floor}");
        Assert.True(mrr >= MrrFloor, $"MRR {mrr:0.000} fell below {MrrFloor}");
        foreach (var (kind, floor) in KindRecallFloors)
        {
            var kindRecall = measured.Where(m => m.Judgement.Kind == kind).Average(m => m.RecallAt5);
            Assert.True(kindRecall >= floor, $"{kind}: recall@5 {kindRecall:0.000} fell below {floor}");
        }
    }
}
