using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace PolicyArchive.Core.Search.Lexicon;

/// <summary>The lexicon file's lines "language TAB key TAB entry", kept as the file's own UTF-8 bytes in one array and
/// ordered by "language TAB key" byte by byte (the order scripts/lexicon/BuildLexicon.cs writes), so an entry is a binary
/// search away. Lines that come unordered (tests build small lexicons by hand), or with lines without an entry between
/// them, are copied into order once on reading (<see cref="Reordered"/>); of two lines with one key, the later wins.</summary>
internal sealed class SortedLines
{
    private readonly byte[] _text;
    // Line i is _text[_starts[i] .. _starts[i + 1] - 1] (its newline dropped); its entry begins at _entries[i].
    private readonly int[] _starts;
    private readonly int[] _entries;

    public static SortedLines Empty { get; } = new([], [0], []);

    private SortedLines(byte[] text, int[] starts, int[] entries, bool reordered = false)
    {
        _text = text;
        _starts = starts;
        _entries = entries;
        Reordered = reordered;
    }

    public int Count => _entries.Length;

    /// <summary>Whether reading had to copy the lines into order (twice the memory while loading).</summary>
    public bool Reordered { get; }

    public static SortedLines Read(Stream gzipped)
    {
        var text = Decompress(gzipped, out var length);
        var lines = new List<(int Start, int Entry, int End)>();
        bool skippedSinceKept = false, gap = false;
        var position = length >= 3 && text[0] == 0xEF && text[1] == 0xBB && text[2] == 0xBF ? 3 : 0;
        while (position < length)
        {
            var newline = Array.IndexOf(text, (byte)'\n', position, length - position);
            var end = newline < 0 ? length : newline;
            var firstTab = Array.IndexOf(text, (byte)'\t', position, end - position);
            var secondTab = firstTab < 0 ? -1 : Array.IndexOf(text, (byte)'\t', firstTab + 1, end - firstTab - 1);
            if (secondTab >= 0)
            {
                gap |= skippedSinceKept && lines.Count > 0;
                skippedSinceKept = false;
                lines.Add((position, secondTab + 1, end));
            }
            else skippedSinceKept = true;
            position = end + 1;
        }
        // A line without an entry between two with one would run into the first one's entry: the lines are copied without it.
        if (gap || !InOrder(text, lines)) return Ordered(text, lines);
        var starts = new int[lines.Count + 1];
        var entries = new int[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            starts[i] = lines[i].Start;
            entries[i] = lines[i].Entry;
        }
        // An entry ends one byte before the next line starts (at its newline); the last line's "next" starts after it.
        starts[lines.Count] = lines.Count == 0 ? 0 : lines[^1].End + 1;
        return new SortedLines(text, starts, entries);
    }

    /// <summary>The entry of <paramref name="key"/> in <paramref name="language"/>, if the file has one.</summary>
    public ReadOnlyMemory<byte>? Find(string language, ReadOnlySpan<char> key)
    {
        var length = language.Length + 1 + Encoding.UTF8.GetMaxByteCount(key.Length);
        var rented = length > 512 ? ArrayPool<byte>.Shared.Rent(length) : null;
        try
        {
            Span<byte> probe = rented ?? stackalloc byte[512];
            var written = Encoding.UTF8.GetBytes(language, probe);
            probe[written++] = (byte)'\t';
            written += Encoding.UTF8.GetBytes(key, probe[written..]);
            var index = IndexOf(probe[..written]);
            if (index < 0) return null;
            return new ReadOnlyMemory<byte>(_text, _entries[index], _starts[index + 1] - 1 - _entries[index]);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The keys of one language, in order.</summary>
    public IEnumerable<string> KeysOf(string language)
    {
        var prefix = Encoding.UTF8.GetBytes(language + "\t");
        var i = LowerBound(prefix);
        for (; i < Count && Key(i).StartsWith(prefix); i++)
            yield return Encoding.UTF8.GetString(Key(i)[prefix.Length..]);
    }

    private ReadOnlySpan<byte> Key(int i) => _text.AsSpan(_starts[i], _entries[i] - 1 - _starts[i]);

    private int IndexOf(ReadOnlySpan<byte> key)
    {
        var i = LowerBound(key);
        return i < Count && Key(i).SequenceEqual(key) ? i : -1;
    }

    private int LowerBound(ReadOnlySpan<byte> key)
    {
        int low = 0, high = Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (Key(middle).SequenceCompareTo(key) < 0) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    private static byte[] Decompress(Stream gzipped, out int length)
    {
        // A gzip file ends with its text's length (mod 2^32): with it the buffer is allocated once, at its size. Deflate
        // expands at most about 1,032 times, so a damaged size field cannot ask for more than that.
        var capacity = 0;
        if (gzipped.CanSeek && gzipped.Length - gzipped.Position >= 4)
        {
            var start = gzipped.Position;
            Span<byte> size = stackalloc byte[4];
            gzipped.Position = gzipped.Length - 4;
            gzipped.ReadExactly(size);
            gzipped.Position = start;
            var bound = (gzipped.Length - start) * 1032;
            capacity = (int)Math.Min(Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(size) + 1L, bound), Array.MaxLength);
        }
        using var memory = new MemoryStream(capacity);
        using (var gz = new GZipStream(gzipped, CompressionMode.Decompress, leaveOpen: true)) gz.CopyTo(memory);
        length = (int)memory.Length;
        return memory.GetBuffer();
    }

    private static bool InOrder(byte[] text, List<(int Start, int Entry, int End)> lines)
    {
        for (var i = 1; i < lines.Count; i++)
            if (KeyOf(text, lines[i - 1]).SequenceCompareTo(KeyOf(text, lines[i])) >= 0) return false;
        return true;
    }

    private static ReadOnlySpan<byte> KeyOf(byte[] text, (int Start, int Entry, int End) line) =>
        text.AsSpan(line.Start, line.Entry - 1 - line.Start);

    /// <summary>The lines copied into key order, each key's last line kept.</summary>
    private static SortedLines Ordered(byte[] text, List<(int Start, int Entry, int End)> lines)
    {
        // In key order, and for one key in file order, so that the last line of each key is the one kept.
        var order = Enumerable.Range(0, lines.Count).ToArray();
        Array.Sort(order, (a, b) => KeyOf(text, lines[a]).SequenceCompareTo(KeyOf(text, lines[b])) is var c && c != 0 ? c : a.CompareTo(b));
        var kept = new List<int>(order.Length);
        for (var i = 0; i < order.Length; i++)
        {
            var lastOfItsKey = i + 1 == order.Length || !KeyOf(text, lines[order[i + 1]]).SequenceEqual(KeyOf(text, lines[order[i]]));
            if (lastOfItsKey) kept.Add(order[i]);
        }
        var sorted = new byte[kept.Sum(i => lines[i].End - lines[i].Start + 1)];
        var starts = new int[kept.Count + 1];
        var entries = new int[kept.Count];
        var position = 0;
        for (var k = 0; k < kept.Count; k++)
        {
            var (start, entry, end) = lines[kept[k]];
            starts[k] = position;
            entries[k] = position + entry - start;
            text.AsSpan(start, end - start).CopyTo(sorted.AsSpan(position));
            position += end - start;
            sorted[position++] = (byte)'\n';
        }
        starts[kept.Count] = position;
        return new SortedLines(sorted, starts, entries, reordered: true);
    }
}
