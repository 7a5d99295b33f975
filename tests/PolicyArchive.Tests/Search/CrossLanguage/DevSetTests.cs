using System.Globalization;

using PolicyArchive.Core.Search;

using Xunit.Abstractions;

namespace PolicyArchive.Tests.Search.CrossLanguage;

public sealed class DevSetFixture : IDisposable
{
    public TestIndex Index { get; } = new(DevSet.Documents());

    public void Dispose() => Index.Dispose();
}

/// <summary>The development set's figures with the dictionaries on and off: the dictionaries must be what finds these
/// documents across languages, and distractors must stay below the documents about the whole concept.</summary>
public sealed class DevSetTests(DevSetFixture fixture, ITestOutputHelper output) : IClassFixture<DevSetFixture>
{
    private (double Recall, double Mrr) Measure(bool expand)
    {
        var rows = DevSet.Queries.Select(q =>
        {
            var top = fixture.Index.Search.Search(new SearchRequest(q.Judgement.Query, 1, 10, ExpandThesaurus: expand)).Hits.Select(h => h.PublicId).ToList();
            var relevant = q.Judgement.Relevant.ToHashSet();
            var recall = (double)top.Take(5).Count(relevant.Contains) / Math.Min(5, relevant.Count);
            var rank = top.FindIndex(relevant.Contains);
            if (recall < 1 || rank != 0) output.WriteLine($"{q.Kind} {q.Judgement.Query}: recall {recall:0.00}, first at {rank + 1}; top {string.Join(", ", top.Take(5))}");
            return (recall, rr: rank < 0 ? 0 : 1.0 / (rank + 1));
        }).ToList();
        return (rows.Average(r => r.recall), rows.Average(r => r.rr));
    }

    [Fact]
    public void The_dictionaries_find_documents_across_languages()
    {
        var on = Measure(expand: true);
        var off = Measure(expand: false);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"on: recall@5 {on.Recall:0.000} MRR {on.Mrr:0.000}; off: recall@5 {off.Recall:0.000} MRR {off.Mrr:0.000}"));
        Assert.True(on.Recall >= 0.9, $"recall@5 {on.Recall:0.000}");
        Assert.True(on.Mrr >= 0.9, $"MRR {on.Mrr:0.000}");
        Assert.True(on.Recall > off.Recall + 0.3);
    }
}
