using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace PolicyArchive.Core.Search.Lexicon;

/// <summary>The lexicon file's lines "language TAB key TAB entry", kept as the file's own UTF-8 bytes in one array with
/// an index ordered by "language TAB key" byte by byte (the order scripts/lexicon/BuildLexicon.cs writes), so an entry is
/// a binary search away. Lines that come unordered (tests build small lexicons by hand) have their index sorted once on
/// reading (<see cref="Reordered"/>); of two lines with one key, the later wins.</summary>
internal sealed class SortedLines
{
    private readonly byte[] _text;
    // Line i, in key order: its key is _text[_starts[i] .. _entries[i] - 1), its entry _text[_entries[i] .. _ends[i]).
    private readonly int[] _starts;
    private readonly int[] _entries;
    private readonly int[] _ends;

    public static SortedLines Empty { get; } = new([], [], false);

    private SortedLines(byte[] text, IReadOnlyList<(int Start, int Entry, int End)> lines, bool reordered)
    {
        _text = text;
        _starts = [.. lines.Select(l => l.Start)];
        _entries = [.. lines.Select(l => l.Entry)];
        _ends = [.. lines.Select(l => l.End)];
        Reordered = reordered;
    }

    public int Count => _entries.Length;

    /// <summary>Whether reading had to sort the index (the shipped file never should).</summary>
    public bool Reordered { get; }

    public static SortedLines Read(Stream gzipped)
    {
        var text = Decompress(gzipped, out var length);
        var lines = new List<(int Start, int Entry, int End)>();
        var position = length >= 3 && text[0] == 0xEF && text[1] == 0xBB && text[2] == 0xBF ? 3 : 0;
        while (position < length)
        {
            var newline = Array.IndexOf(text, (byte)'\n', position, length - position);
            var end = newline < 0 ? length : newline;
            var firstTab = Array.IndexOf(text, (byte)'\t', position, end - position);
            var secondTab = firstTab < 0 ? -1 : Array.IndexOf(text, (byte)'\t', firstTab + 1, end - firstTab - 1);
            if (secondTab >= 0) lines.Add((position, secondTab + 1, end));
            position = end + 1;
        }
        return InOrder(text, lines) ? new SortedLines(text, lines, false) : new SortedLines(text, LastOfEachKeyInOrder(text, lines), true);
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
            return new ReadOnlyMemory<byte>(_text, _entries[index], _ends[index] - _entries[index]);
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

    /// <summary>The lines in key order, and of the lines of one key only the file's last.</summary>
    private static List<(int Start, int Entry, int End)> LastOfEachKeyInOrder(byte[] text, List<(int Start, int Entry, int End)> lines)
    {
        // A stable sort keeps each key's lines in file order, so the last of each run is the one kept.
        var order = Enumerable.Range(0, lines.Count).ToArray();
        Array.Sort(order, (a, b) => KeyOf(text, lines[a]).SequenceCompareTo(KeyOf(text, lines[b])) is var c && c != 0 ? c : a.CompareTo(b));
        var kept = new List<(int Start, int Entry, int End)>(order.Length);
        for (var i = 0; i < order.Length; i++)
        {
            var lastOfItsKey = i + 1 == order.Length || !KeyOf(text, lines[order[i + 1]]).SequenceEqual(KeyOf(text, lines[order[i]]));
            if (lastOfItsKey) kept.Add(lines[order[i]]);
        }
        return kept;
    }
}
