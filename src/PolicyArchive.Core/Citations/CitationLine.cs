using System.Globalization;
using System.Text;

namespace PolicyArchive.Core.Citations;

/// <summary>The suggested citation shown on the document page, e.g.
/// <c>Dario Amodei. “On DeepSeek and Export Controls”. darioamodei.com, January 2025. PolicyArchive, revision 2. https://…/d/abc/x (version of 2025-05-09).</c>
/// The words around the document's own values follow the interface: the site passes its translations of them.</summary>
public static class CitationLine
{
    /// <param name="culture">The interface's culture, for the publication date's words and order.</param>
    /// <param name="revision">"revision 2" in the interface's language (English when not given).</param>
    /// <param name="versionOf">"version of 2025-05-09" in the interface's language, with the date written for it (English and ISO when not given).</param>
    public static string Format(CitationRecord c, CultureInfo? culture = null, string? revision = null, string? versionOf = null)
    {
        culture ??= CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        if (c.Authors.Count > 0) Sentence(sb, string.Join(", ", c.Authors));
        Sentence(sb, c.Title, '“', '”');
        var where = new List<string>();
        if (c.Publication is { Length: > 0 } publication) where.Add(publication);
        if (c.Date.IsKnown) where.Add(c.Date.Display(culture));
        if (where.Count > 0) Sentence(sb, string.Join(", ", where));
        revision ??= "revision " + c.Revision.ToString(CultureInfo.InvariantCulture);
        versionOf ??= "version of " + c.RevisedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        sb.Append(CitationRecord.ArchiveName).Append(", ").Append(revision).Append(". ");
        sb.Append(c.CitedUrl.AbsoluteUri);
        sb.Append(" (").Append(versionOf).Append(").");
        return sb.ToString();
    }

    /// <summary>One part of the citation and the full stop that closes it, unless the part already ends with one (a
    /// title "…sont en cours." or "…la "menace chinoise".", a name "Jr."): then the quote closes after it, one stop, never two.</summary>
    private static void Sentence(StringBuilder sb, string part, char? open = null, char? close = null)
    {
        if (open is { } o) sb.Append(o);
        sb.Append(part);
        if (close is { } c) sb.Append(c);
        sb.Append(EndsSentence(part) ? " " : ". ");
    }

    private static bool EndsSentence(string text)
    {
        // Closing quotes and brackets after the stop belong to the sentence they close: « … ça suffit. », "(Reuters.)".
        var end = text.TrimEnd().TrimEnd('"', '\'', '”', '’', '»', ')', ']', '\u00a0', '\u202f', ' ');
        return end.Length > 0 && end[^1] is '.' or '!' or '?' or '…' or '。' or '！' or '？';
    }
}
