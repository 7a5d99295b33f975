using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

using PolicyArchive.Core.Search.Analysis;

namespace PolicyArchive.Core.Search.Snippets;

/// <summary>The query's terms in a hit, read from the term vector of the folding body field instead of analysing the
/// whole stored text again with every analyzer (which cost most of a search's time on long documents). Only that field
/// keeps a term vector: the language fields' held the same words a second time. It covers the whole body with the body's
/// own offsets, and its terms are the text's words folded, elisions split, Chinese and Japanese as bigrams: the folding
/// and CJK fields' terms are found in it as they are, and a French or English stem by analysing, with that language's
/// analyzer, the words of the vector that begin like it. Made once per search: each hit's vector is read in one forward pass
/// over the beginnings of the query's terms, and what a word turned out to be is remembered for the page's other hits.</summary>
public sealed class TermVectorMatches
{
    private static readonly string s_vectorField = IndexFields.BodyPrefix + IndexFields.Fold;

    private readonly ArchiveAnalyzers _analyzers;
    private readonly HashSet<string> _exact = new(StringComparer.Ordinal);
    private readonly List<string> _prefixes = [];
    private readonly Dictionary<string, List<Stem>> _stemsByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _decided = new(StringComparer.Ordinal);
    private readonly List<BytesRef> _ranges;

    private sealed record Stem(string Field, string Term, string Beginning, bool IsPrefix);

    public TermVectorMatches(ArchiveAnalyzers analyzers, HighlightTerms terms)
    {
        _analyzers = analyzers;
        foreach (var suffix in terms.SnippetSuffixes())
        {
            if (suffix is IndexFields.Fold or IndexFields.Cjk)
            {
                _exact.UnionWith(terms.TermsFor(suffix));
                _prefixes.AddRange(terms.PrefixesFor(suffix));
                continue;
            }
            var field = IndexFields.BodyPrefix + suffix;
            foreach (var term in terms.TermsFor(suffix).Where(t => t.Length > 0)) Add(new Stem(field, term, Beginning(term), false));
            foreach (var prefix in terms.PrefixesFor(suffix).Where(t => t.Length > 0)) Add(new Stem(field, prefix, Beginning(prefix), true));
        }
        _ranges = Ranges();
    }

    // The beginnings every word worth a look starts with, in the vector's order and none the beginning of another: a hit's
    // vector is read range by range, and the words between them are passed over without being decoded. A stem's words may
    // also start with its first letter doubled (« llama » → « lama »).
    private List<BytesRef> Ranges()
    {
        var beginnings = _exact.Concat(_prefixes).Where(t => t.Length > 0).Select(t => t[..Math.Min(t.Length, 2)])
            .Concat(_stemsByKey.Keys.SelectMany(k => k.Length == 2 ? new[] { k, new string(k[0], 2) } : [k]))
            .Distinct(StringComparer.Ordinal).Select(b => new BytesRef(b)).OrderBy(b => b, BytesRef.UTF8SortedAsUnicodeComparer).ToList();
        var ranges = new List<BytesRef>();
        foreach (var b in beginnings)
        {
            if (ranges.Count == 0 || !StringHelper.StartsWith(b, ranges[^1])) ranges.Add(b);
        }
        return ranges;
    }

    private void Add(Stem stem)
    {
        var key = Key(stem.Term);
        if (!_stemsByKey.TryGetValue(key, out var list)) _stemsByKey[key] = list = [];
        list.Add(stem);
    }

    /// <summary>The matches in one hit, or null when its body has no term vector (an index built before they were stored).</summary>
    public List<TextMatch>? Find(IndexReader reader, int docId)
    {
        var vector = reader.GetTermVectors(docId)?.GetTerms(s_vectorField);
        if (vector is null) return null;
        var found = new List<TextMatch>();
        DocsAndPositionsEnum? positions = null;
        var termsEnum = vector.GetEnumerator();
        foreach (var range in _ranges)
        {
            if (termsEnum.SeekCeil(range) == TermsEnum.SeekStatus.END) break;
            do
            {
                if (!StringHelper.StartsWith(termsEnum.Term, range)) break;
                var word = termsEnum.Term.Utf8ToString();
                if (_exact.Contains(word) || _prefixes.Exists(p => word.StartsWith(p, StringComparison.Ordinal)) || Stems(word))
                    positions = AddOccurrences(termsEnum, positions, word, found);
            }
            while (termsEnum.MoveNext());
        }
        return found;
    }

    private bool Stems(string word)
    {
        if (_stemsByKey.Count == 0) return false;
        if (_decided.TryGetValue(word, out var known)) return known;
        var key = Key(word);
        var candidates = _stemsByKey.GetValueOrDefault(key);
        if (key.Length > 1 && _stemsByKey.TryGetValue(key[..1], out var shorter)) candidates = candidates is null ? shorter : [.. candidates, .. shorter];
        var undoubled = candidates is null ? "" : Undoubled(word);
        var stems = candidates is not null && candidates.Exists(c => undoubled.StartsWith(c.Beginning, StringComparison.Ordinal)
            && _analyzers.Analyze(c.Field, word).Any(t => c.IsPrefix ? t.Term.StartsWith(c.Term, StringComparison.Ordinal) : t.Term == c.Term));
        _decided[word] = stems;
        return stems;
    }

    // A stem and the words it comes from share their first two letters once doubled letters are read as one, and the
    // stemmers rewrite at most the last two letters they keep ("policy" → "polici", « chevaux » → « cheval »); the French
    // one also writes doubled letters once (« applications » → « aplic »). Only words beginning so are analysed.
    private static string Beginning(string stem)
    {
        var undoubled = Undoubled(stem);
        return undoubled.Length <= 3 ? undoubled[..Math.Min(undoubled.Length, 2)] : undoubled[..^2];
    }

    private static string Key(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] != text[0]) return string.Concat(text.AsSpan(0, 1), text.AsSpan(i, 1));
        }
        return text[..1];
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
