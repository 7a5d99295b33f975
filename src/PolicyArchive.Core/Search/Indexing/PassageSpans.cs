using System.Globalization;
using System.Text;

using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Search.Indexing;

/// <summary>A span of the body in one language. Documents without passages are one span in the document's language;
/// the gaps between an ingestion's passages are filled with the document's language so no text is left unindexed.</summary>
public readonly record struct PassageSpan(int Start, int Length, string Language);

public static class PassageSpans
{
    public static IReadOnlyList<PassageSpan> Of(Document source)
    {
        var body = source.Body;
        var spans = new List<PassageSpan>();
        var cursor = 0;
        foreach (var p in source.Passages.OrderBy(p => p.Start))
        {
            var start = Math.Clamp(p.Start, 0, body.Length);
            var end = Math.Clamp(p.Start + p.Length, start, body.Length);
            if (start < cursor) start = cursor;
            if (start > cursor) spans.Add(new PassageSpan(cursor, start - cursor, source.Language));
            if (end > start) spans.Add(new PassageSpan(start, end - start, p.Language));
            cursor = Math.Max(cursor, end);
        }
        if (cursor < body.Length) spans.Add(new PassageSpan(cursor, body.Length - cursor, source.Language));
        return spans;
    }

    public static string Encode(IEnumerable<PassageSpan> spans)
    {
        var sb = new StringBuilder();
        foreach (var s in spans)
        {
            if (sb.Length > 0) sb.Append(';');
            sb.Append(CultureInfo.InvariantCulture, $"{s.Start}:{s.Length}:{s.Language}");
        }
        return sb.ToString();
    }

    public static IReadOnlyList<PassageSpan> Decode(string? encoded)
    {
        if (string.IsNullOrEmpty(encoded)) return [];
        var spans = new List<PassageSpan>();
        foreach (var part in encoded.Split(';'))
        {
            var bits = part.Split(':', 3);
            if (bits.Length == 3
                && int.TryParse(bits[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                && int.TryParse(bits[1], NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                spans.Add(new PassageSpan(start, length, bits[2]));
            }
        }
        return spans;
    }
}
