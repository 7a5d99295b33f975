using System.Diagnostics;
using System.Globalization;

using Lucene.Net.Search;

using PolicyArchive.Core.Search;
using PolicyArchive.Core.Search.Expansion;
using PolicyArchive.Core.Search.Lexicon;
using PolicyArchive.Core.Search.QueryLanguage;

namespace PolicyArchive.Bench.Translation;

/// <summary>Where a translated query's time goes, query by query: how many leaf clauses (terms and phrases) it searches
/// as typed and as deployed, both searches' medians, and its costliest leaves, each searched alone over every segment.
/// Leaves are timed apart from the query they sit in, so a phrase the search shares between copies is counted once per
/// copy here.</summary>
internal static class QueryCost
{
    public static void Log(ArchiveIndex index, ThesaurusCache thesaurus, CrossLanguageLexicon lexicon, IReadOnlyList<string> queries,
        (SearchService Service, bool Expand) asTyped, (SearchService Service, bool Expand) deployed, int repetitions, Action<string> log)
    {
        log("| query | hits | leaves as typed | leaves deployed | as typed ms | deployed ms | costliest leaves (ms alone, matches) |");
        log("|---|---:|---:|---:|---:|---:|---|");
        using var lease = index.Acquire();
        var searcher = lease.Searcher;
        foreach (var q in queries)
        {
            var parsed = ResearcherQueryParser.Parse(q);
            Query Built(bool expand) => new LuceneQueryBuilder(index.Analyzers, thesaurus.Current, lexicon)
                .Build(parsed, new QueryOptions(expand), searcher.IndexReader).Query;
            double Median(SearchService service, bool expand) => TranslationBench.Percentile(Enumerable.Range(0, repetitions).Select(_ =>
            {
                var start = Stopwatch.GetTimestamp();
                service.Search(new SearchRequest(q, 1, 10, ExpandThesaurus: expand));
                return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }).ToList(), 0.5);

            var leaves = Leaves(Built(true)).ToList();
            var costliest = leaves.Select(leaf => Alone(searcher, leaf)).OrderByDescending(c => c.Ms).Take(3)
                .Select(c => string.Create(CultureInfo.InvariantCulture, $"`{c.Leaf}` {c.Ms:F2}, {c.Matches:N0}"));
            var total = deployed.Service.Search(new SearchRequest(q, 1, 10, ExpandThesaurus: deployed.Expand)).Total;
            log(string.Create(CultureInfo.InvariantCulture,
                $"| {q} | {total:N0} | {Leaves(Built(false)).Count()} | {leaves.Count} | {Median(asTyped.Service, asTyped.Expand):F2} | {Median(deployed.Service, deployed.Expand):F2} | {string.Join("; ", costliest)} |"));
        }
    }

    private static (string Leaf, double Ms, long Matches) Alone(IndexSearcher searcher, Query leaf)
    {
        const int rounds = 5;
        long matches = 0;
        var start = Stopwatch.GetTimestamp();
        for (var r = 0; r < rounds; r++)
        {
            matches = 0;
            var weight = searcher.CreateNormalizedWeight(leaf);
            foreach (var segment in searcher.IndexReader.Leaves)
            {
                var scorer = weight.GetScorer(segment, segment.AtomicReader.LiveDocs);
                if (scorer is null) continue;
                while (scorer.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    _ = scorer.GetScore();
                    matches++;
                }
            }
        }
        return (leaf.ToString().Replace("|", "\\|", StringComparison.Ordinal), Stopwatch.GetElapsedTime(start).TotalMilliseconds / rounds, matches);
    }

    private static IEnumerable<Query> Leaves(Query query) => query switch
    {
        BooleanQuery b => b.Clauses.SelectMany(c => Leaves(c.Query)),
        DisjunctionMaxQuery d => d.Disjuncts.SelectMany(Leaves),
        ConstantScoreQuery { Query: not null } c => Leaves(c.Query),
        _ => [query],
    };
}
