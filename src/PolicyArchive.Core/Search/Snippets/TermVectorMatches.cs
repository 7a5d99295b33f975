using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace PolicyArchive.Core.Search.Snippets;

/// <summary>The query's terms in one hit, read from the body fields' term vectors: a seek per term instead of analysing
/// the whole stored text again with every analyzer (which cost most of a search's time on long documents). Body fields
/// carry the body's own offsets (see <see cref="DocumentMapper.BodyByLanguageField"/>).</summary>
public static class TermVectorMatches
{
    /// <summary>The matches, or null when term vectors cannot tell (an index built before they were stored).</summary>
    public static List<TextMatch>? Find(IndexReader reader, int docId, HighlightTerms terms)
    {
        var suffixes = terms.SnippetSuffixes();
        var vectors = reader.GetTermVectors(docId);
        if (vectors is null) return null;
        var found = new List<TextMatch>();
        DocsAndPositionsEnum? positions = null;
        foreach (var suffix in suffixes)
        {
            var vector = vectors.GetTerms(IndexFields.BodyPrefix + suffix);
            if (vector is null) continue;
            var termsEnum = vector.GetEnumerator();
            foreach (var term in terms.TermsFor(suffix))
            {
                if (termsEnum.SeekExact(new BytesRef(term))) positions = AddOccurrences(termsEnum, positions, term, found);
            }
            foreach (var prefix in terms.PrefixesFor(suffix))
            {
                var prefixBytes = new BytesRef(prefix);
                if (termsEnum.SeekCeil(prefixBytes) == TermsEnum.SeekStatus.END) continue;
                do
                {
                    if (!StringHelper.StartsWith(termsEnum.Term, prefixBytes)) break;
                    positions = AddOccurrences(termsEnum, positions, termsEnum.Term.Utf8ToString(), found);
                }
                while (termsEnum.MoveNext());
            }
        }
        return found;
    }

    private static DocsAndPositionsEnum? AddOccurrences(TermsEnum termsEnum, DocsAndPositionsEnum? reuse, string term, List<TextMatch> into)
    {
        var occurrences = termsEnum.DocsAndPositions(null, reuse, DocsAndPositionsFlags.OFFSETS);
        if (occurrences is null || occurrences.NextDoc() == DocIdSetIterator.NO_MORE_DOCS) return occurrences;
        for (var i = 0; i < occurrences.Freq; i++)
        {
            occurrences.NextPosition();
            if (occurrences.StartOffset >= 0 && occurrences.EndOffset > occurrences.StartOffset)
                into.Add(new TextMatch(occurrences.StartOffset, occurrences.EndOffset, term));
        }
        return occurrences;
    }
}
