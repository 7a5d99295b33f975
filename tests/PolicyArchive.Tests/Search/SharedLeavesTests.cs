using Lucene.Net.Search;

using PolicyArchive.Core.Search;
using PolicyArchive.Core.Search.Lexicon;
using PolicyArchive.Core.Search.QueryLanguage;
using PolicyArchive.Tests.Search.Relevance;
using PolicyArchive.Tests.Search.Relevance.Collection7;

namespace PolicyArchive.Tests.Search;

/// <summary>A phrase a query holds several times is matched once per segment and its scores read by every copy: the
/// documents found and their scores must be exactly those of the query as built, for every judged query of a
/// collection, with the thesaurus and dictionaries.</summary>
public sealed class SharedLeavesTests(Collection7Fixture fixture) : IClassFixture<Collection7Fixture>
{
    [Fact]
    public void Sharing_repeated_phrases_finds_the_same_documents_with_the_same_scores()
    {
        using var lease = fixture.Index.Index.Acquire();
        var searcher = lease.Searcher;
        var builder = new LuceneQueryBuilder(fixture.Index.Index.Analyzers, fixture.Index.Thesaurus.Current, CrossLanguageLexicon.Shared);
        var shared = 0;
        foreach (var judged in JudgedCollection.Seventh.Judgements)
        {
            var built = builder.Build(ResearcherQueryParser.Parse(judged.Query), new QueryOptions(true), searcher.IndexReader).Query;
            var rewritten = SharedLeaves.Apply(built);
            if (ReferenceEquals(rewritten, built)) continue;
            shared++;
            var expected = searcher.Search(built, 100);
            var actual = searcher.Search(rewritten, 100);
            Assert.Equal(expected.TotalHits, actual.TotalHits);
            Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
        }
        // Queries whose concept names or translations repeat a phrase (a dozen of the collection's): the comparison is not empty.
        Assert.True(shared >= 10, $"only {shared} queries repeated a phrase");
    }
}
