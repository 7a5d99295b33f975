using System.Globalization;
using System.Text;

namespace PolicyArchive.Core.Editorial;

/// <summary>Near-duplicate measure: the Jaccard resemblance of the two texts' sets of word 4-grams ("shingles"),
/// after folding case and accents. The same article from two outlets scores high even with different furniture.</summary>
public static class Shingles
{
    public const int Size = 4;

    public static HashSet<long> Of(string text)
    {
        var words = Words(text);
        var set = new HashSet<long>();
        if (words.Count == 0) return set;
        if (words.Count < Size)
        {
            set.Add(Hash(words, 0, words.Count));
            return set;
        }
        for (var i = 0; i + Size <= words.Count; i++) set.Add(Hash(words, i, Size));
        return set;
    }

    public static double Jaccard(IReadOnlySet<long> a, IReadOnlySet<long> b)
    {
        if (a.Count == 0 && b.Count == 0) return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var common = small.Count(large.Contains);
        return (double)common / (a.Count + b.Count - common);
    }

    public static double Similarity(string a, string b) => Jaccard(Of(a), Of(b));

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var ideograph = c is >= '\u3040' and <= '\u9fff';
            if (char.IsLetterOrDigit(c) && !ideograph)
            {
                sb.Append(char.ToLowerInvariant(c));
                continue;
            }
            if (sb.Length > 0) { words.Add(sb.ToString()); sb.Clear(); }
            // CJK text has no spaces: each character counts as a word.
            if (ideograph) words.Add(c.ToString());
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return words;
    }

    private static long Hash(List<string> words, int start, int count)
    {
        // FNV-1a over the joined words: stable across runs, unlike string.GetHashCode.
        var h = unchecked((long)14695981039346656037UL);
        for (var i = start; i < start + count; i++)
        {
            foreach (var c in words[i]) h = unchecked((h ^ c) * 1099511628211L);
            h = unchecked((h ^ ' ') * 1099511628211L);
        }
        return h;
    }
}
