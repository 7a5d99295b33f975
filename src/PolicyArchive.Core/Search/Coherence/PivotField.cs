using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;

using PolicyArchive.Core.Search.Lexicon;

namespace PolicyArchive.Core.Search.Coherence;

/// <summary>The index field holding a document's <see cref="PivotTerms"/>: searched by nothing, read through its term
/// vector (each term's count in the document) and the index's document frequencies.</summary>
public static class PivotField
{
    private static readonly FieldType s_type = Frozen();

    /// <summary>The distinct terms kept per document, its most frequent: what a text is about shows in its commonest
    /// words (as MoreLikeThis keeps a document's top terms), and a long hearing's thousands of rare ones would grow the
    /// index (the field's postings and vectors) more than they tell.</summary>
    public const int MaxTerms = 256;

    public static Field For(string title, string body, string? language, CrossLanguageLexicon lexicon) =>
        new(IndexFields.Pivot, new TermList(MostFrequent(PivotTerms.Of(title + "\n" + body, language, lexicon))), s_type);

    /// <summary>The terms, each as often as it occurs, of the <see cref="MaxTerms"/> most frequent (ties: the first met).</summary>
    private static List<string> MostFrequent(List<string> terms)
    {
        var counts = terms.CountBy(t => t, StringComparer.Ordinal).ToList();
        if (counts.Count <= MaxTerms) return terms;
        var kept = counts.Select((c, i) => (c.Key, c.Value, First: i)).OrderByDescending(c => c.Value).ThenBy(c => c.First).Take(MaxTerms)
            .Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        return terms.Where(kept.Contains).ToList();
    }

    private static FieldType Frozen()
    {
        var type = new FieldType
        {
            IsIndexed = true,
            IsTokenized = true,
            OmitNorms = true,
            // Only how many documents hold a term is read from the postings; counts come from the term vector.
            IndexOptions = IndexOptions.DOCS_ONLY,
            StoreTermVectors = true,
        };
        type.Freeze();
        return type;
    }

    private sealed class TermList : TokenStream
    {
        private readonly IReadOnlyList<string> _terms;
        private readonly ICharTermAttribute _term;
        private int _next;

        public TermList(IReadOnlyList<string> terms)
        {
            _terms = terms;
            _term = AddAttribute<ICharTermAttribute>();
        }

        public override bool IncrementToken()
        {
            if (_next >= _terms.Count) return false;
            ClearAttributes();
            _term.SetEmpty().Append(_terms[_next++]);
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
        }
    }
}
