using Lucene.Net.Search;

using PolicyArchive.Core.Search;
using PolicyArchive.Core.Search.Expansion;
using PolicyArchive.Core.Search.Facets;
using PolicyArchive.Core.Search.Lexicon;
using PolicyArchive.Core.Search.QueryLanguage;
using PolicyArchive.Core.Search.Snippets;
using PolicyArchive.Tests.Search.Relevance;
using PolicyArchive.Tests.Search.Relevance.Collection7;

namespace PolicyArchive.Tests.Search;

/// <summary>Concepts scored once per view of the index and remembered (<see cref="ConceptScores"/>): a search must find
/// the same documents with the same scores (to a float's rounding) as the query as built, the first time and when its
/// concepts are remembered, also beside a filter; a concept shared by two queries is read once; past the limit the
/// concepts asked for longest ago are forgotten; after the index changes, the index as it is now is what scores.</summary>
[Collection(PhraseMatchesCollection.Name)]
public sealed class ConceptScoresTests(Collection7Fixture fixture) : IClassFixture<Collection7Fixture>, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "pa-concepts-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Remembered_concepts_find_the_same_documents_with_the_same_scores_for_every_judged_query()
    {
        ConceptScores.Forget();
        using var lease = fixture.Index.Index.Acquire();
        var searcher = lease.Searcher;
        var builder = new LuceneQueryBuilder(fixture.Index.Index.Analyzers, fixture.Index.Thesaurus.Current, CrossLanguageLexicon.Shared);
        var all = searcher.IndexReader.MaxDoc;
        var compared = 0;
        foreach (var judged in JudgedCollection.Seventh.Judgements)
        {
            var built = builder.Build(ResearcherQueryParser.Parse(judged.Query), new QueryOptions(true), searcher.IndexReader).Query;
            var expected = searcher.Search(built, all);
            var first = searcher.Search(ConceptScores.Apply(built), all);
            var again = searcher.Search(ConceptScores.Apply(built), all);
            AssertSameScores(expected, first, judged.Query);
            AssertSameScores(expected, again, judged.Query);
            if (expected.TotalHits > 0)
            {
                compared++;
                var explained = searcher.Explain(ConceptScores.Apply(built), again.ScoreDocs[0].Doc);
                Assert.Equal(again.ScoreDocs[0].Score, explained.Value, again.ScoreDocs[0].Score * 1e-5);
            }
        }
        Assert.True(compared >= 100, $"only {compared} queries found anything");
        Assert.True(ConceptScores.RememberedCount(searcher.IndexReader) > 0, "the concepts were remembered");
    }

    [Fact]
    public void A_filter_beside_a_remembered_concept_lets_through_what_it_lets_through_the_query_as_built()
    {
        ConceptScores.Forget();
        using var lease = fixture.Index.Index.Acquire();
        var searcher = lease.Searcher;
        var builder = new LuceneQueryBuilder(fixture.Index.Index.Analyzers, fixture.Index.Thesaurus.Current, CrossLanguageLexicon.Shared);
        var french = new Dictionary<string, IReadOnlyList<string>> { [IndexFields.Language] = ["fr"] };
        var filtered = 0;
        foreach (var judged in JudgedCollection.Seventh.Judgements.Take(40))
        {
            var built = builder.Build(ResearcherQueryParser.Parse(judged.Query), new QueryOptions(true), searcher.IndexReader).Query;
            // Remembered first without the filter, then read beside it.
            searcher.Search(ConceptScores.Apply(built), 10);
            var expected = searcher.Search(FacetFilters.Apply(built, french), 100);
            var actual = searcher.Search(FacetFilters.Apply(ConceptScores.Apply(built), french), 100);
            AssertSameScores(expected, actual, judged.Query);
            var unfiltered = searcher.Search(built, 100).TotalHits;
            if (expected.TotalHits < unfiltered) filtered++;
        }
        Assert.True(filtered >= 10, $"the filter left out documents in only {filtered} queries");
    }

    [Fact]
    public void A_concept_two_queries_share_is_read_once()
    {
        ConceptScores.Forget();
        using var lease = fixture.Index.Index.Acquire();
        var searcher = lease.Searcher;
        var builder = new LuceneQueryBuilder(fixture.Index.Index.Analyzers, fixture.Index.Thesaurus.Current, CrossLanguageLexicon.Shared);
        Query Built(string q) => builder.Build(ResearcherQueryParser.Parse(q), new QueryOptions(true), searcher.IndexReader).Query;
        var reader = searcher.IndexReader;

        searcher.Search(ConceptScores.Apply(Built("intelligence artificielle")), 10);
        var alone = ConceptScores.RememberedCount(reader);
        Assert.True(alone > 0);
        searcher.Search(ConceptScores.Apply(Built("intelligence artificielle")), 10);
        Assert.Equal(alone, ConceptScores.RememberedCount(reader));

        // "chips" brings a concept of its own; the artificial-intelligence one is read from memory.
        ConceptScores.Forget();
        searcher.Search(ConceptScores.Apply(Built("chips")), 10);
        var chips = ConceptScores.RememberedCount(reader);
        searcher.Search(ConceptScores.Apply(Built("intelligence artificielle")), 10);
        searcher.Search(ConceptScores.Apply(Built("intelligence artificielle chips")), 10);
        Assert.Equal(chips + alone, ConceptScores.RememberedCount(reader));
    }

    [Fact]
    public void Past_the_limit_the_concepts_asked_for_longest_ago_are_forgotten_and_the_latest_kept()
    {
        ConceptScores.Forget();
        using var lease = fixture.Index.Index.Acquire();
        var searcher = lease.Searcher;
        var reader = searcher.IndexReader;
        var builder = new LuceneQueryBuilder(fixture.Index.Index.Analyzers, fixture.Index.Thesaurus.Current, CrossLanguageLexicon.Shared);
        Query Built(string q) => builder.Build(ResearcherQueryParser.Parse(q), new QueryOptions(true), reader).Query;
        long Held(string q)
        {
            ConceptScores.Forget();
            searcher.Search(ConceptScores.Apply(Built(q)), 10);
            return ConceptScores.RememberedCount(reader);
        }

        // A common concept asked for first, two rarer ones after; the third passes the limit.
        var (common, second, third) = ("intelligence artificielle", "puces", "Chine");
        var (a, b, c) = (Held(common), Held(second), Held(third));
        Assert.True(a > b + c && b > 0 && c > 0, $"held {a}, {b}, {c}: the first must hold more than the other two");
        var limit = ConceptScores.MaxRemembered;
        try
        {
            ConceptScores.MaxRemembered = a + b + c - 1;
            ConceptScores.Forget();
            searcher.Search(ConceptScores.Apply(Built(common)), 10);
            searcher.Search(ConceptScores.Apply(Built(second)), 10);
            Assert.Equal(a + b, ConceptScores.RememberedCount(reader));
            searcher.Search(ConceptScores.Apply(Built(third)), 10);
            Assert.Equal(b + c, ConceptScores.RememberedCount(reader));

            // The two latest are read from memory, the first afresh, with scores as built each time.
            var all = reader.MaxDoc;
            AssertSameScores(searcher.Search(Built(second), all), searcher.Search(ConceptScores.Apply(Built(second)), all), second);
            AssertSameScores(searcher.Search(Built(third), all), searcher.Search(ConceptScores.Apply(Built(third)), all), third);
            Assert.Equal(b + c, ConceptScores.RememberedCount(reader));
            // Read again, the first passes the limit once more: the other two, asked for before it, go; never the latest.
            AssertSameScores(searcher.Search(Built(common), all), searcher.Search(ConceptScores.Apply(Built(common)), all), common);
            Assert.Equal(a, ConceptScores.RememberedCount(reader));
        }
        finally
        {
            ConceptScores.MaxRemembered = limit;
            ConceptScores.Forget();
        }
    }

    [Fact]
    public void After_the_index_changes_a_concept_scores_with_the_index_as_it_is_now()
    {
        // Every score holds how rare its words are in the whole index: a change in another segment changes the scores of
        // texts that did not change, so what was remembered of the view before must not be read.
        ConceptScores.Forget();
        using var index = new ArchiveIndex(_path);
        index.Upsert([
            TestDocs.Make("k1", "Un", "Les puces et le contrôle des exportations.", "fr"),
            TestDocs.Make("k2", "Deux", "Washington et les puces, encore des puces.", "fr"),
            TestDocs.Make("k3", "Trois", "Chips and export controls.", "en"),
        ]);
        index.Commit();
        var builder = new LuceneQueryBuilder(index.Analyzers, new ThesaurusCache(index).Current, CrossLanguageLexicon.Shared);
        void AssertAsBuilt()
        {
            using var lease = index.Acquire();
            var built = builder.Build(ResearcherQueryParser.Parse("puces"), new QueryOptions(true), lease.Searcher.IndexReader).Query;
            var all = lease.Searcher.IndexReader.MaxDoc;
            AssertSameScores(lease.Searcher.Search(built, all), lease.Searcher.Search(ConceptScores.Apply(built), all), "puces");
        }

        AssertAsBuilt();
        index.Upsert([.. Enumerable.Range(4, 20).Select(i => TestDocs.Make($"k{i}", $"Texte {i}", $"Encore des puces, texte {i}.", "fr"))]);
        index.Delete("k2");
        index.Commit();
        AssertAsBuilt();
    }

    private static void AssertSameScores(TopDocs expected, TopDocs actual, string query)
    {
        Assert.True(expected.TotalHits == actual.TotalHits, $"{query}: {actual.TotalHits} hits, {expected.TotalHits} expected");
        var scores = actual.ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
        foreach (var d in expected.ScoreDocs)
        {
            Assert.True(scores.TryGetValue(d.Doc, out var score), $"{query}: document {d.Doc} missing");
            Assert.True(Math.Abs(score - d.Score) <= d.Score * 1e-5, $"{query}: document {d.Doc} scored {score}, {d.Score} expected");
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(_path, recursive: true); } catch (IOException) { }
    }
}
