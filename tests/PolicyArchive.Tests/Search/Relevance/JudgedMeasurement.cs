using System.Globalization;

using PolicyArchive.Core.Search;

using Xunit.Abstractions;

namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>One judged query's place in the results: recall@5 (relevant documents in the top 5 ÷ min(relevant, 5)) and
/// the reciprocal rank of the first relevant document in the top 10 (0 when none).</summary>
public sealed record MeasuredQuery(Collection2Judgement Judgement, double RecallAt5, double ReciprocalRank, IReadOnlyList<string> Top);

/// <summary>The least recall@5 and MRR a judged collection must keep, overall and (recall@5) per kind.</summary>
public sealed record RelevanceFloors(double RecallAt5, double Mrr, IReadOnlyDictionary<string, double>? KindRecallAt5 = null);

/// <summary>Measures a collection of judged queries and prints the table per kind, for the second collection and after.</summary>
public static class JudgedMeasurement
{
    /// <summary>A collection's test: measured with the thesaurus and dictionaries and as typed, both tables and every
    /// miss printed, then held to its floors (as typed only when it has some). A held-out collection prints its tables
    /// only (<paramref name="printMisses"/> false): its misses stay unread until it is tuned on.</summary>
    public static void AssertAboveFloors(ITestOutputHelper output, TestIndex index, IReadOnlyList<Collection2Judgement> judgements,
        RelevanceFloors expanded, RelevanceFloors? asTyped = null, bool printMisses = true)
    {
        var measured = Measure(index, judgements, expand: true);
        Report(output, "thesaurus + dictionaries", measured);
        if (printMisses) Failures(output, measured);
        var typed = Measure(index, judgements, expand: false);
        Report(output, "as typed (switch off)", typed);
        if (printMisses) Failures(output, typed);
        AssertFloors(measured, expanded.RecallAt5, expanded.Mrr, expanded.KindRecallAt5);
        if (asTyped is not null) AssertFloors(typed, asTyped.RecallAt5, asTyped.Mrr, asTyped.KindRecallAt5, what: "as typed: ");
    }

    public static List<MeasuredQuery> Measure(TestIndex index, IEnumerable<Collection2Judgement> judgements, bool expand) => judgements.Select(j =>
    {
        var top = index.Search.Search(new SearchRequest(j.Query, 1, 10, ExpandThesaurus: expand)).Hits.Select(h => h.PublicId).ToList();
        var relevant = j.Relevant.ToHashSet(StringComparer.Ordinal);
        var recall = (double)top.Take(5).Count(relevant.Contains) / Math.Min(relevant.Count, 5);
        var firstRank = top.FindIndex(relevant.Contains);
        return new MeasuredQuery(j, recall, firstRank < 0 ? 0 : 1.0 / (firstRank + 1), top);
    }).ToList();

    public static void Report(ITestOutputHelper output, string title, List<MeasuredQuery> measured)
    {
        output.WriteLine($"{title}:");
        output.WriteLine("| kind | queries | recall@5 | MRR |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var kind in measured.GroupBy(m => m.Judgement.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {kind.Key} | {kind.Count()} | {kind.Average(m => m.RecallAt5):0.000} | {kind.Average(m => m.ReciprocalRank):0.000} |"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| **all** | {measured.Count} | **{measured.Average(m => m.RecallAt5):0.000}** | **{measured.Average(m => m.ReciprocalRank):0.000}** |"));
    }

    /// <summary>Every query not answered perfectly, with its top five and what was judged relevant.</summary>
    public static void Failures(ITestOutputHelper output, List<MeasuredQuery> measured)
    {
        foreach (var m in measured.Where(m => m.RecallAt5 < 1 || m.ReciprocalRank < 1))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{m.Judgement.Kind} {m.Judgement.Query}: recall@5 {m.RecallAt5:0.00}, RR {m.ReciprocalRank:0.00}; top: {string.Join(", ", m.Top.Take(5))}; relevant: {string.Join(", ", m.Judgement.Relevant)}"));
    }

    /// <summary>Fails when recall@5 or MRR overall, or recall@5 of a kind, is below its floor.</summary>
    public static void AssertFloors(List<MeasuredQuery> measured, double recallFloor, double mrrFloor, IReadOnlyDictionary<string, double>? kindRecallFloors = null, string what = "")
    {
        var recall = measured.Average(m => m.RecallAt5);
        var mrr = measured.Average(m => m.ReciprocalRank);
        Assert.True(recall >= recallFloor, $"{what}recall@5 {recall:0.000} fell below {recallFloor}");
        Assert.True(mrr >= mrrFloor, $"{what}MRR {mrr:0.000} fell below {mrrFloor}");
        foreach (var (kind, floor) in kindRecallFloors ?? new Dictionary<string, double>())
        {
            var kindRecall = measured.Where(m => m.Judgement.Kind == kind).Average(m => m.RecallAt5);
            Assert.True(kindRecall >= floor, $"{what}{kind}: recall@5 {kindRecall:0.000} fell below {floor}");
        }
    }
}
