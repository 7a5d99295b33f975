using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PolicyArchive.Core.Search;

/// <summary>Builds a snippet from the analyzer's token offsets (Lucene.Net's Highlighter is not available here):
/// the window of the text with the most query terms, matched tokens marked.</summary>
public static class SnippetBuilder
{
    public static IReadOnlyList<SnippetSegment> Build(Analyzer analyzer, string field, string text, ISet<string> queryTerms, int windowChars = 240)
    {
        var matches = new List<(int Start, int End)>();
        if (queryTerms.Count > 0)
        {
            using var stream = analyzer.GetTokenStream(field, text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (queryTerms.Contains(term.ToString()))
                    matches.Add((offset.StartOffset, offset.EndOffset));
            }
            stream.End();
        }

        var (from, to) = BestWindow(text, matches, windowChars);
        var segments = new List<SnippetSegment>();
        if (from > 0) segments.Add(new("…", false));
        var cursor = from;
        foreach (var (s, e) in matches.Where(m => m.Start >= from && m.End <= to))
        {
            if (s < cursor) continue;
            if (s > cursor) segments.Add(new(text[cursor..s], false));
            segments.Add(new(text[s..e], true));
            cursor = e;
        }
        if (cursor < to) segments.Add(new(text[cursor..to], false));
        if (to < text.Length) segments.Add(new("…", false));
        return segments;
    }

    private static (int From, int To) BestWindow(string text, List<(int Start, int End)> matches, int width)
    {
        if (text.Length <= width) return (0, text.Length);
        var bestStart = 0;
        var bestCount = 0;
        for (int i = 0, j = 0; i < matches.Count; i++)
        {
            while (matches[j].Start < matches[i].End - width) j++;
            if (i - j + 1 > bestCount) (bestCount, bestStart) = (i - j + 1, matches[j].Start);
        }
        var from = bestCount == 0 ? 0 : Math.Max(0, bestStart - (width / 4));
        from = WordBoundary(text, from, backwards: true);
        var to = WordBoundary(text, Math.Min(text.Length, from + width), backwards: false);
        return (from, to);
    }

    private static int WordBoundary(string text, int at, bool backwards)
    {
        const int maxShift = 20;
        for (var k = 0; k < maxShift && at > 0 && at < text.Length && !char.IsWhiteSpace(text[at]); k++)
            at += backwards ? -1 : 1;
        return Math.Clamp(at, 0, text.Length);
    }
}
