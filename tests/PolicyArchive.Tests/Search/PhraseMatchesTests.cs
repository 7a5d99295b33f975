using Lucene.Net.Search;

using PolicyArchive.Core.Search;
using PolicyArchive.Core.Search.Lexicon;
using PolicyArchive.Core.Search.QueryLanguage;
using PolicyArchive.Core.Search.Snippets;
using PolicyArchive.Tests.Search.Relevance;
using PolicyArchive.Tests.Search.Relevance.Collection7;

namespace PolicyArchive.Tests.Search;

/// <summary>Phrases read once per segment and remembered (<see cref="PhraseMatches"/>): what a search finds, and each
/// document's score, must be exactly those of the query as built, the first time and when the phrases are remembered;
/// a document deleted since its phrase was remembered must not come back.</summary>
[Collection(PhraseMatchesCollection.Name)]
public sealed class PhraseMatchesTests(Collection7Fixture fixture) : IClassFixture<Collection7Fixture>, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "pa-phrases-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Remembered_phrases_find_the_same_documents_with_the_same_scores_for_every_judged_query()
    {
        PhraseMatches.Forget();
        using var lease = fixture.Index.Index.Acquire();
        var searcher = lease.Searcher;
        var builder = new LuceneQueryBuilder(fixture.Index.Index.Analyzers, fixture.Index.Thesaurus.Current, CrossLanguageLexicon.Shared);
        var withPhrases = 0;
        foreach (var judged in JudgedCollection.Seventh.Judgements)
        {
            var built = builder.Build(ResearcherQueryParser.Parse(judged.Query), new QueryOptions(true), searcher.IndexReader).Query;
            var remembered = PhraseMatches.Apply(built, searcher);
            if (built.ToString() != remembered.ToString()) throw new InvalidOperationException("A wrapped phrase must print as the phrase.");
            var expected = searcher.Search(built, 100);
            var before = PhraseMatches.RememberedCount;
            var first = searcher.Search(remembered, 100);
            if (PhraseMatches.RememberedCount > before) withPhrases++;
            var again = searcher.Search(PhraseMatches.Apply(built, searcher), 100);
            Assert.Equal(expected.TotalHits, first.TotalHits);
            Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), first.ScoreDocs.Select(d => (d.Doc, d.Score)));
            Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), again.ScoreDocs.Select(d => (d.Doc, d.Score)));
        }
        // Most of the collection's queries search a concept name or translation of several words: the comparison is not empty.
        Assert.True(withPhrases >= 50, $"only {withPhrases} queries remembered a phrase");
    }

    [Fact]
    public void A_phrase_alone_in_a_boosted_query_keeps_that_boost()
    {
        // A boolean or dis-max query of one clause rewrites to a copy of its clause with its own boost multiplied in: the
        // remembered phrase must score with that product, as the phrase itself would.
        PhraseMatches.Forget();
        using var lease = fixture.Index.Index.Acquire();
        var searcher = lease.Searcher;
        var builder = new LuceneQueryBuilder(fixture.Index.Index.Analyzers, fixture.Index.Thesaurus.Current, CrossLanguageLexicon.Shared);
        var phrases = JudgedCollection.Seventh.Judgements
            .SelectMany(j => Phrases(builder.Build(ResearcherQueryParser.Parse(j.Query), new QueryOptions(true), searcher.IndexReader).Query))
            .DistinctBy(p => p.ToString()).Take(40).ToList();
        var compared = 0;
        foreach (var phrase in phrases)
        {
            var inner = new BooleanQuery { Boost = 3f };
            inner.Add(phrase, Occur.SHOULD);
            var outer = new DisjunctionMaxQuery(0.1f) { Boost = 2f };
            outer.Add(inner);
            var expected = searcher.Search(outer, 20);
            if (expected.TotalHits == 0) continue;
            compared++;
            var actual = searcher.Search(PhraseMatches.Apply(outer, searcher), 20);
            Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
        }
        Assert.True(compared >= 10, $"only {compared} phrases matched anything");
    }

    private static IEnumerable<PhraseQuery> Phrases(Query query) => query switch
    {
        BooleanQuery b => b.Clauses.SelectMany(c => Phrases(c.Query)),
        DisjunctionMaxQuery d => d.Disjuncts.SelectMany(Phrases),
        PhraseQuery p when p.GetTerms().Length > 1 => [p],
        _ => [],
    };

    [Fact]
    public void A_document_deleted_after_its_phrase_was_remembered_is_not_found_again()
    {
        PhraseMatches.Forget();
        using var index = new ArchiveIndex(_path);
        index.Upsert([
            TestDocs.Make("p1", "Un", "Le contrôle des exportations de puces se durcit.", "fr"),
            TestDocs.Make("p2", "Deux", "Washington renforce le contrôle des exportations.", "fr"),
            TestDocs.Make("p3", "Trois", "Un contrôle des exportations plus strict pour les puces.", "fr"),
        ]);
        index.Commit();
        var search = new SearchService(index, new InMemoryDocumentBodies([]), lexicon: CrossLanguageLexicon.Empty);
        string[] Found() => [.. search.Search(new SearchRequest("\"contrôle des exportations\"", 1, 10, ExpandThesaurus: false)).Hits.Select(h => h.PublicId).Order()];

        Assert.Equal(["p1", "p2", "p3"], Found());
        var remembered = PhraseMatches.RememberedCount;
        Assert.True(remembered >= 3, "the phrase's matches were remembered");

        index.Delete("p2");
        index.Commit();
        Assert.Equal(["p1", "p3"], Found());
        // The segment is the same one, its deletions aside: its remembered matches were read, not the positions again.
        Assert.Equal(remembered, PhraseMatches.RememberedCount);
    }

    [Fact]
    public void Past_the_limit_the_phrases_asked_for_longest_ago_are_forgotten_and_the_latest_kept()
    {
        using var lease = fixture.Index.Index.Acquire();
        var searcher = lease.Searcher;
        var builder = new LuceneQueryBuilder(fixture.Index.Index.Analyzers, fixture.Index.Thesaurus.Current, CrossLanguageLexicon.Shared);
        Query Built(string q) => builder.Build(ResearcherQueryParser.Parse(q), new QueryOptions(false), searcher.IndexReader).Query;
        long Held(string q)
        {
            PhraseMatches.Forget();
            searcher.Search(PhraseMatches.Apply(Built(q), searcher), 10);
            return PhraseMatches.RememberedCount;
        }

        // A common phrase asked for first, two rarer ones after; the third passes the limit.
        var (common, second, third) = ("\"intelligence artificielle\"", "\"données personnelles\"", "\"droit d'auteur\"");
        var (a, b, c) = (Held(common), Held(second), Held(third));
        Assert.True(a > b + c && b > 0 && c > 0, $"held {a}, {b}, {c}: the first must hold more than the other two");
        var limit = PhraseMatches.MaxRemembered;
        try
        {
            PhraseMatches.MaxRemembered = a + b + c - 1;
            PhraseMatches.Forget();
            searcher.Search(PhraseMatches.Apply(Built(common), searcher), 10);
            searcher.Search(PhraseMatches.Apply(Built(second), searcher), 10);
            Assert.Equal(a + b, PhraseMatches.RememberedCount);
            // The third passes the limit: the oldest phrases go (the first's, one field and segment at a time) until half the
            // limit is held, and the two latest stay whole.
            searcher.Search(PhraseMatches.Apply(Built(third), searcher), 10);
            var after = PhraseMatches.RememberedCount;
            Assert.True(after >= b + c && after <= PhraseMatches.MaxRemembered / 2, $"held {after} after the third; {a}, {b}, {c} alone");

            // The two latest are read from memory (nothing more is held), the first afresh, with scores as built each time.
            var all = searcher.IndexReader.MaxDoc;
            (int, float)[] Scores(Query q) => [.. searcher.Search(q, all).ScoreDocs.Select(d => (d.Doc, d.Score))];
            foreach (var q in new[] { second, third }) Assert.Equal(Scores(Built(q)), Scores(PhraseMatches.Apply(Built(q), searcher)));
            Assert.Equal(after, PhraseMatches.RememberedCount);
            Assert.Equal(Scores(Built(common)), Scores(PhraseMatches.Apply(Built(common), searcher)));
            Assert.True(PhraseMatches.RememberedCount > after, "the first phrase was read again");
        }
        finally
        {
            PhraseMatches.MaxRemembered = limit;
            PhraseMatches.Forget();
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(_path, recursive: true); } catch (IOException) { }
    }
}

/// <summary>The remembered phrases are one per process: tests that count them run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PhraseMatchesCollection
{
    public const string Name = "Remembered phrases";
}
