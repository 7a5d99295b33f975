using PolicyArchive.Core.Search.Analysis;

namespace PolicyArchive.Core.Search.Snippets;

public sealed record Snippet(IReadOnlyList<SnippetSegment> Segments)
{
    public static Snippet Empty { get; } = new([]);

    public string PlainText => string.Concat(Segments.Select(s => s.Text));

    public IEnumerable<string> HighlightedWords => Segments.Where(s => s.Highlighted).Select(s => s.Text);
}

/// <summary>Where a term the query looks for occurs in a text (character offsets, end exclusive).</summary>
public readonly record struct TextMatch(int Start, int End, string Term);

/// <summary>Builds snippets from token offsets, read from the index's term vectors for search hits, or found by analysing
/// the text again with each analyzer the query used (a whole page opened from a result). The window holding the most
/// distinct matches is cut at word edges.</summary>
public sealed class SnippetBuilder(ArchiveAnalyzers analyzers)
{
    public const int WindowChars = 240;
    public const string Ellipsis = "…";

    public Snippet Build(string text, HighlightTerms terms, int maxFragments = 2, int windowChars = WindowChars) =>
        string.IsNullOrEmpty(text) ? Snippet.Empty : Build(text, FindMatches(text, terms), maxFragments, windowChars);

    /// <summary>A snippet of a hit whose matches were read from the index's term vectors (<see cref="TermVectorMatches"/>).</summary>
    public static Snippet Build(string text, IReadOnlyList<TextMatch> spans, int maxFragments = 2, int windowChars = WindowChars) =>
        string.IsNullOrEmpty(text)
            ? Snippet.Empty
            : Build(text, Merge(spans.Where(m => m.End <= text.Length).Select(m => new Match(SkipElision(text, m.Start, m.End), m.End, m.Term)).ToList()),
                maxFragments, windowChars);

    private static Snippet Build(string text, List<Match> matches, int maxFragments, int windowChars)
    {
        if (matches.Count == 0) return new Snippet(Cut(text, 0, Math.Min(text.Length, windowChars), []));

        var fragments = new List<(int Start, int End)>();
        var remaining = matches;
        while (fragments.Count < maxFragments && remaining.Count > 0)
        {
            var (start, end) = BestWindow(text, remaining, windowChars);
            fragments.Add((start, end));
            remaining = remaining.Where(m => m.End <= start || m.Start >= end).ToList();
        }
        fragments.Sort();
        var segments = new List<SnippetSegment>();
        var cursor = 0;
        foreach (var (start, end) in fragments)
        {
            if (start > cursor || (cursor == 0 && start > 0)) segments.Add(new SnippetSegment(Ellipsis + " ", false));
            segments.AddRange(Cut(text, Math.Max(start, cursor), end, matches));
            cursor = end;
        }
        if (cursor < text.Length) segments.Add(new SnippetSegment(" " + Ellipsis, false));
        return new Snippet(segments);
    }

    /// <summary>The whole text split into highlighted and plain segments (the document page opened from a result).</summary>
    public IReadOnlyList<SnippetSegment> HighlightAll(string text, HighlightTerms terms) =>
        string.IsNullOrEmpty(text) ? [] : Cut(text, 0, text.Length, FindMatches(text, terms));

    private readonly record struct Match(int Start, int End, string Term);

    private List<Match> FindMatches(string text, HighlightTerms terms)
    {
        var found = new List<Match>();
        foreach (var suffix in terms.SnippetSuffixes())
        {
            foreach (var token in analyzers.Analyze(IndexFields.BodyPrefix + suffix, text))
            {
                if (terms.Matches(suffix, token.Term)) found.Add(new Match(SkipElision(text, token.Start, token.End), token.End, token.Term));
            }
        }
        found.AddRange(SoundMatches.Find(text, terms).Select(m => new Match(m.Start, m.End, m.Term)));
        return Merge(found);
    }

    private static List<Match> Merge(List<Match> found)
    {
        found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        // Overlapping spans (a word matched by two analyzers, consecutive CJK bigrams) become one.
        var merged = new List<Match>();
        foreach (var m in found)
        {
            if (merged.Count > 0 && m.Start <= merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = last with { End = Math.Max(last.End, m.End) };
            }
            else merged.Add(m);
        }
        return merged;
    }

    private static readonly HashSet<string> s_elided = new(StringComparer.OrdinalIgnoreCase)
        { "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu" };

    // The elision filter keeps the token's offsets: "l'hégémonie" would be marked whole, the article included.
    private static int SkipElision(string text, int start, int end)
    {
        var apostrophe = text.AsSpan(start, end - start).IndexOfAny('\'', '\u2019');
        return apostrophe > 0 && s_elided.Contains(text.Substring(start, apostrophe)) ? start + apostrophe + 1 : start;
    }

    private static (int Start, int End) BestWindow(string text, List<Match> matches, int width)
    {
        var bestScore = -1;
        var bestFirst = 0;
        var bestLast = 0;
        var right = 0;
        for (var left = 0; left < matches.Count; left++)
        {
            if (right < left) right = left;
            while (right + 1 < matches.Count && matches[right + 1].End - matches[left].Start <= width) right++;
            var window = matches.GetRange(left, right - left + 1);
            var score = window.Select(m => text[m.Start..m.End].ToLowerInvariant()).Distinct().Count() * 100 + window.Count;
            if (score > bestScore) (bestScore, bestFirst, bestLast) = (score, left, right);
        }
        var first = matches[bestFirst].Start;
        var last = matches[bestLast].End;
        var slack = Math.Max(0, width - (last - first));
        var start = Math.Max(0, first - slack / 3);
        var end = Math.Min(text.Length, Math.Max(last, start + width));
        return (SnapStart(text, start, first), SnapEnd(text, end, last));
    }

    // Start after a sentence or line end when one is near, otherwise at a word edge; never past the first match.
    private static int SnapStart(string text, int start, int firstMatch)
    {
        if (start == 0) return 0;
        for (var i = start; i < firstMatch; i++)
        {
            if (text[i] is '\n' or '.' or '。' or '!' or '?' && i + 1 <= firstMatch) return SkipSpace(text, i + 1, firstMatch);
        }
        for (var i = start; i < firstMatch; i++)
        {
            if (char.IsWhiteSpace(text[i])) return SkipSpace(text, i + 1, firstMatch);
        }
        return start;
    }

    private static int SkipSpace(string text, int i, int limit)
    {
        while (i < limit && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static int SnapEnd(string text, int end, int lastMatch)
    {
        if (end >= text.Length) return text.Length;
        for (var i = end; i > lastMatch; i--)
        {
            if (char.IsWhiteSpace(text[i - 1])) return i - 1;
        }
        return end;
    }

    private static List<SnippetSegment> Cut(string text, int start, int end, List<Match> matches)
    {
        var segments = new List<SnippetSegment>();
        var cursor = start;
        foreach (var m in matches)
        {
            if (m.End <= start || m.Start >= end) continue;
            var s = Math.Max(m.Start, start);
            var e = Math.Min(m.End, end);
            if (s > cursor) segments.Add(new SnippetSegment(Flatten(text[cursor..s]), false));
            segments.Add(new SnippetSegment(text[s..e], true));
            cursor = e;
        }
        if (end > cursor) segments.Add(new SnippetSegment(Flatten(text[cursor..end]), false));
        return segments;
    }

    // A snippet is one line: line breaks of the body become spaces.
    private static string Flatten(string text) => text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
}
