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
        // Every imported text is shingled: its words are folded into one buffer (no string per word), then hashed.
        var words = Words(text);
        var set = new HashSet<long>();
        if (words.Count == 0) return set;
        if (words.Count < Size)
        {
            set.Add(words.Hash(0, words.Count));
            return set;
        }
        set.EnsureCapacity(words.Count - Size + 1);
        for (var i = 0; i + Size <= words.Count; i++) set.Add(words.Hash(i, Size));
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

    private static FoldedWords Words(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormD);
        var words = new FoldedWords(folded.Length);
        var inWord = false;
        foreach (var c in folded)
        {
            if (c >= '\u0080' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var ideograph = c is >= '\u3040' and <= '\u9fff';
            if (char.IsLetterOrDigit(c) && !ideograph)
            {
                if (!inWord) words.Start();
                words.Append(char.ToLowerInvariant(c));
                inWord = true;
                continue;
            }
            inWord = false;
            // CJK text has no spaces: each character counts as a word.
            if (ideograph)
            {
                words.Start();
                words.Append(c);
            }
        }
        return words;
    }

    /// <summary>The words of a text, lower-cased, end to end in one buffer.</summary>
    private sealed class FoldedWords(int capacity)
    {
        private readonly char[] _chars = new char[capacity];
        private readonly List<int> _starts = [];
        private int _length;

        public int Count => _starts.Count;

        public void Start() => _starts.Add(_length);

        public void Append(char c) => _chars[_length++] = c;

        // FNV-1a over the words each followed by a space: stable across runs, unlike string.GetHashCode.
        public long Hash(int first, int count)
        {
            var h = unchecked((long)14695981039346656037UL);
            for (var w = first; w < first + count; w++)
            {
                var end = w + 1 < _starts.Count ? _starts[w + 1] : _length;
                for (var i = _starts[w]; i < end; i++) h = unchecked((h ^ _chars[i]) * 1099511628211L);
                h = unchecked((h ^ ' ') * 1099511628211L);
            }
            return h;
        }
    }
}
