namespace PolicyArchive.Core.Editorial;

public enum DiffOp { Same, Removed, Added }

public sealed record DiffPiece(DiffOp Op, string Text);

/// <summary>A longest-common-subsequence diff over lines or words, enough to show an editor or a reader what changed between
/// two revisions. The common head and tail are cut before the quadratic table, so a small edit in a long text stays cheap.</summary>
public static class TextDiff
{
    // Above this many table cells the middle is shown as one removal and one addition instead of being aligned.
    private const long MaxCells = 4_000_000;

    public static IReadOnlyList<DiffPiece> Lines(string before, string after) =>
        Diff(SplitLines(before), SplitLines(after));

    /// <summary>Words and the whitespace between them, so joining the pieces of one side gives that side back.</summary>
    public static IReadOnlyList<DiffPiece> Words(string before, string after) =>
        Merge(Diff(SplitWords(before), SplitWords(after)));

    public static IReadOnlyList<DiffPiece> Diff(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var head = 0;
        while (head < a.Count && head < b.Count && a[head] == b[head]) head++;
        var tail = 0;
        while (tail < a.Count - head && tail < b.Count - head && a[a.Count - 1 - tail] == b[b.Count - 1 - tail]) tail++;

        var result = new List<DiffPiece>();
        for (var i = 0; i < head; i++) result.Add(new(DiffOp.Same, a[i]));
        AlignMiddle(Slice(a, head, a.Count - tail), Slice(b, head, b.Count - tail), result);
        for (var i = a.Count - tail; i < a.Count; i++) result.Add(new(DiffOp.Same, a[i]));
        return result;
    }

    private static void AlignMiddle(string[] a, string[] b, List<DiffPiece> result)
    {
        if ((long)a.Length * b.Length > MaxCells)
        {
            result.AddRange(a.Select(x => new DiffPiece(DiffOp.Removed, x)));
            result.AddRange(b.Select(x => new DiffPiece(DiffOp.Added, x)));
            return;
        }
        // lcs[i, j] = length of the LCS of a[i..] and b[j..].
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        }
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y]) { result.Add(new(DiffOp.Same, a[x])); x++; y++; }
            else if (lcs[x + 1, y] >= lcs[x, y + 1]) result.Add(new(DiffOp.Removed, a[x++]));
            else result.Add(new(DiffOp.Added, b[y++]));
        }
        while (x < a.Length) result.Add(new(DiffOp.Removed, a[x++]));
        while (y < b.Length) result.Add(new(DiffOp.Added, b[y++]));
    }

    private static string[] Slice(IReadOnlyList<string> items, int from, int to)
    {
        var slice = new string[Math.Max(0, to - from)];
        for (var i = 0; i < slice.Length; i++) slice[i] = items[from + i];
        return slice;
    }

    private static List<string> SplitLines(string text) =>
        text.Length == 0 ? [] : [.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')];

    private static List<string> SplitWords(string text)
    {
        var tokens = new List<string>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || char.IsWhiteSpace(text[i]) != char.IsWhiteSpace(text[i - 1]) || IsIdeograph(text[i]) || IsIdeograph(text[i - 1]))
            {
                tokens.Add(text[start..i]);
                start = i;
            }
        }
        return tokens;
    }

    // Chinese and Japanese have no spaces between words: each character is compared on its own.
    private static bool IsIdeograph(char c) => c is >= '\u3040' and <= '\u9fff' or >= '\uf900' and <= '\ufaff';

    private static List<DiffPiece> Merge(IReadOnlyList<DiffPiece> pieces)
    {
        var merged = new List<DiffPiece>();
        foreach (var p in pieces)
        {
            if (merged.Count > 0 && merged[^1].Op == p.Op)
                merged[^1] = merged[^1] with { Text = merged[^1].Text + p.Text };
            else
                merged.Add(p);
        }
        return merged;
    }
}
