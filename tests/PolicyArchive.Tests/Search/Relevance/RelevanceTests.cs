using System.Globalization;

using PolicyArchive.Core.Search;

using Xunit.Abstractions;

namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>Recall@5 and MRR over the judged queries. The floors are the figures reached when this set was written
/// (docs/search.md); a change to analysis, thesaurus or ranking that loses relevance fails here.</summary>
public sealed class RelevanceTests(CorpusFixture fixture, ITestOutputHelper output) : IClassFixture<CorpusFixture>
{
    public const double RecallAt5Floor = 0.97;
    public const double MrrFloor = 0.98;

    private sealed record Measured(Judgement Judgement, double RecallAt5, double ReciprocalRank, IReadOnlyList<string> Top);

    private List<Measured> Measure(bool expand) => Judgements.All.Select(j =>
    {
        var top = fixture.Index.Search.Search(new SearchRequest(j.Query, 1, 10, ExpandThesaurus: expand)).Hits.Select(h => h.PublicId).ToList();
        var relevant = j.Relevant.ToHashSet(StringComparer.Ordinal);
        var found = top.Take(5).Count(relevant.Contains);
        var recall = (double)found / Math.Min(relevant.Count, 5);
        var firstRank = top.FindIndex(relevant.Contains);
        return new Measured(j, recall, firstRank < 0 ? 0 : 1.0 / (firstRank + 1), top);
    }).ToList();

    [Fact]
    public void The_judged_set_is_large_enough_and_names_real_documents()
    {
        Assert.True(Judgements.All.Count >= 40);
        var ids = TestCorpus.All().Select(d => d.PublicId).ToHashSet();
        Assert.All(Judgements.All.SelectMany(j => j.Relevant), id => Assert.Contains(id, ids));
        Assert.Equal(Judgements.All.Count, Judgements.All.Select(j => j.Query).Distinct().Count());
    }

    [Fact]
    public void Recall_at_5_and_MRR_stay_above_the_figures_reached()
    {
        var measured = Measure(expand: true);
        foreach (var m in measured.Where(m => m.RecallAt5 < 1 || m.ReciprocalRank < 1))
            output.WriteLine($"{m.Judgement.Query}: recall@5 {m.RecallAt5:0.00}, RR {m.ReciprocalRank:0.00}; top: {string.Join(", ", m.Top.Take(6))}");
        var recall = measured.Average(m => m.RecallAt5);
        var mrr = measured.Average(m => m.ReciprocalRank);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{measured.Count} queries: recall@5 {recall:0.000}, MRR {mrr:0.000}"));
        Assert.True(recall >= RecallAt5Floor, $"recall@5 {recall:0.000} fell below {RecallAt5Floor}");
        Assert.True(mrr >= MrrFloor, $"MRR {mrr:0.000} fell below {MrrFloor}");
    }

    [Fact]
    public void The_thesaurus_is_what_finds_documents_across_languages()
    {
        var with = Measure(expand: true).Average(m => m.RecallAt5);
        var without = Measure(expand: false).Average(m => m.RecallAt5);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recall@5 with thesaurus {with:0.000}, without {without:0.000}"));
        Assert.True(with > without + 0.1, $"with {with:0.000}, without {without:0.000}");
    }
}
