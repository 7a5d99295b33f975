using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;

using PolicyArchive.Core.Search.Analysis;
using PolicyArchive.Core.Search.Expansion;
using PolicyArchive.Core.Search.Indexing;
using PolicyArchive.Core.Search.QueryLanguage;
using PolicyArchive.Core.Search.Snippets;

namespace PolicyArchive.Core.Search.Similar;

public sealed record SimilarDocument(string PublicId, string Slug, string Title, string Language, float Score);

/// <summary>Documents like a given one: Lucene's MoreLikeThis over each language field the document's passages went to,
/// plus, across languages, the thesaurus concepts the document names (a French text on "contrôles à l'exportation"
/// finds an English one on "export controls").</summary>
public sealed class MoreLikeThisFinder(ArchiveAnalyzers analyzers, ThesaurusExpander thesaurus, LuceneQueryBuilder builder, IDocumentBodies bodies)
{
    // The list shows titles only: the stored bodies are never read.
    private static readonly HashSet<string> s_storedForList = [IndexFields.Id, IndexFields.Slug, IndexFields.Title, IndexFields.Language];
    private static readonly HashSet<string> s_stopWords = [.. StopWords.FrenchAndEnglish];

    public IReadOnlyList<SimilarDocument> Find(IndexSearcher searcher, string publicId, int max = 5)
    {
        var reader = searcher.IndexReader;
        var own = searcher.Search(new TermQuery(new Term(IndexFields.Id, publicId)), 1);
        if (own.TotalHits == 0) return [];
        var stored = searcher.Doc(own.ScoreDocs[0].Doc);
        // A body edited since it was indexed no longer fits the passage spans stored with it: its passages are then unknown
        // until the indexer takes the edit in, and the whole text goes to the folding field alone.
        var body = bodies.Find([publicId]).GetValueOrDefault(publicId) ?? "";
        var indexed = stored.GetField(IndexFields.BodyFingerprint)?.GetInt64Value() == BodyFingerprint.Of(body);
        var title = stored.Get(IndexFields.Title) ?? "";

        var like = new BooleanQuery();
        var byField = (indexed ? PassageSpans.Decode(stored.Get(IndexFields.Passages)) : [])
            .GroupBy(p => IndexFields.BodyPrefix + IndexFields.SuffixFor(p.Language))
            .Select(g => (Field: g.Key, Text: string.Join("\n", g.Select(p => Slice(body, p)))))
            .Where(g => g.Field != IndexFields.BodyPrefix + IndexFields.Fold)
            .Append((Field: IndexFields.BodyPrefix + IndexFields.Fold, Text: body));
        foreach (var (field, text) in byField)
        {
            var mlt = new MoreLikeThis(reader)
            {
                Analyzer = analyzers.Wrapper,
                FieldNames = [field],
                MinTermFreq = 2,
                MinDocFreq = 1,
                MaxQueryTerms = 25,
                MinWordLen = 2,
                StopWords = s_stopWords,
            };
            // Terms in most documents say nothing about this one; on a tiny index every term would be "common".
            if (reader.NumDocs >= 20) mlt.SetMaxDocFreqPct(60);
            var q = mlt.Like(new StringReader(title + "\n" + text), field);
            if (q is BooleanQuery { Clauses.Count: > 0 }) like.Add(q, Occur.SHOULD);
        }
        foreach (var concept in thesaurus.FindIn(title + "\n" + body))
        {
            var q = builder.AnyTermOf(concept);
            if (q is not null) like.Add(q, Occur.SHOULD);
        }
        if (like.Clauses.Count == 0) return [];

        var query = new BooleanQuery { { like, Occur.MUST }, { new TermQuery(new Term(IndexFields.Id, publicId)), Occur.MUST_NOT } };
        return searcher.Search(query, max).ScoreDocs
            .Select(hit =>
            {
                var d = searcher.Doc(hit.Doc, s_storedForList);
                return new SimilarDocument(d.Get(IndexFields.Id), d.Get(IndexFields.Slug) ?? "", d.Get(IndexFields.Title) ?? "",
                    d.Get(IndexFields.Language) ?? "und", hit.Score);
            })
            .ToList();
    }

    private static string Slice(string body, PassageSpan span)
    {
        var start = Math.Clamp(span.Start, 0, body.Length);
        return body.Substring(start, Math.Clamp(span.Length, 0, body.Length - start));
    }
}
