using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

using PolicyArchive.Core.Search.Analysis;

namespace PolicyArchive.Core.Search.Snippets;

/// <summary>The query's terms in one hit, read from the term vector of the folding body field: a seek per term instead
/// of analysing the whole stored text again with every analyzer (which cost most of a search's time on long documents).
/// Only that field keeps a term vector: the language fields' held the same words a second time. It covers the whole body
/// with the body's own offsets, and its terms are the text's words folded, elisions split, Chinese and Japanese as
/// bigrams: the folding and CJK fields' terms are found in it as they are, and a French or English stem by analysing,
/// with that language's analyzer, the few words of the vector that begin like it.</summary>
public static class TermVectorMatches
{
    private static readonly string s_vectorField = IndexFields.BodyPrefix + IndexFields.Fold;

    /// <summary>The matches, or null when term vectors cannot tell (an index built before they were stored).</summary>
    public static List<TextMatch>? Find(IndexReader reader, ArchiveAnalyzers analyzers, int docId, HighlightTerms terms)
    {
        var vector = reader.GetTermVectors(docId)?.GetTerms(s_vectorField);
        if (vector is null) return null;
        var termsEnum = vector.GetEnumerator();
        var found = new List<TextMatch>();
        DocsAndPositionsEnum? positions = null;
        foreach (var suffix in terms.SnippetSuffixes())
        {
            if (suffix is IndexFields.Fold or IndexFields.Cjk)
            {
                foreach (var term in terms.TermsFor(suffix))
                {
                    if (termsEnum.SeekExact(new BytesRef(term))) positions = AddOccurrences(termsEnum, positions, term, found);
                }
                foreach (var prefix in terms.PrefixesFor(suffix))
                    positions = Scan(termsEnum, prefix, positions, found, _ => true);
                continue;
            }

            var field = IndexFields.BodyPrefix + suffix;
            bool Stems(string word, Func<string, bool> test) => analyzers.Analyze(field, word).Any(t => test(t.Term));
            foreach (var term in terms.TermsFor(suffix))
                positions = Scan(termsEnum, Seek(term), positions, found, word => Begins(word, term) && Stems(word, t => t == term));
            foreach (var prefix in terms.PrefixesFor(suffix))
                positions = Scan(termsEnum, Seek(prefix), positions, found, word => Begins(word, prefix) && Stems(word, t => t.StartsWith(prefix, StringComparison.Ordinal)));
        }
        return found;
    }

    // The words a stem can come from share its first two letters; only those that also begin like it, once doubled letters
    // are read as one, are analysed. The stemmers rewrite at most the last two letters they keep ("policy" → "polici",
    // « chevaux » → « cheval »), and the French one also writes doubled letters once (« applications » → « aplic »).
    private static string Seek(string stem) => stem[..Math.Min(stem.Length, 2)];

    private static bool Begins(string word, string stem)
    {
        var undoubled = Undoubled(stem);
        var beginning = undoubled.Length <= 3 ? undoubled[..Math.Min(undoubled.Length, 2)] : undoubled[..^2];
        return Undoubled(word).StartsWith(beginning, StringComparison.Ordinal);
    }

    private static string Undoubled(string text)
    {
        var chars = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (chars.Length == 0 || chars[^1] != c) chars.Append(c);
        }
        return chars.ToString();
    }

    private static DocsAndPositionsEnum? Scan(TermsEnum termsEnum, string beginning, DocsAndPositionsEnum? positions, List<TextMatch> found, Func<string, bool> accept)
    {
        var bytes = new BytesRef(beginning);
        if (termsEnum.SeekCeil(bytes) == TermsEnum.SeekStatus.END) return positions;
        do
        {
            if (!StringHelper.StartsWith(termsEnum.Term, bytes)) break;
            var word = termsEnum.Term.Utf8ToString();
            if (accept(word)) positions = AddOccurrences(termsEnum, positions, word, found);
        }
        while (termsEnum.MoveNext());
        return positions;
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
