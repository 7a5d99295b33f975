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

    public static Field For(string title, string body, string? language, CrossLanguageLexicon lexicon) =>
        new(IndexFields.Pivot, new TermList(PivotTerms.Of(title + "\n" + body, language, lexicon)), s_type);

    private static FieldType Frozen()
    {
        var type = new FieldType
        {
            IsIndexed = true,
            IsTokenized = true,
            OmitNorms = true,
            IndexOptions = IndexOptions.DOCS_AND_FREQS,
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
