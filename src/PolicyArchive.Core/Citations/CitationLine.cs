using System.Globalization;
using System.Text;

namespace PolicyArchive.Core.Citations;

/// <summary>The suggested citation shown on the document page, e.g.
/// <c>Dario Amodei. “On DeepSeek and Export Controls”. darioamodei.com, January 2025. PolicyArchive, revision 2. https://…/d/abc/x (version of 2025-05-09).</c></summary>
public static class CitationLine
{
    public static string Format(CitationRecord c, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        if (c.Authors.Count > 0) sb.Append(string.Join(", ", c.Authors)).Append(". ");
        sb.Append('“').Append(c.Title).Append("”. ");
        var where = new List<string>();
        if (c.Publication is { Length: > 0 } publication) where.Add(publication);
        if (c.Date.IsKnown) where.Add(c.Date.Display(culture));
        if (where.Count > 0) sb.Append(string.Join(", ", where)).Append(". ");
        sb.Append(CitationRecord.ArchiveName).Append(", revision ").Append(c.Revision.ToString(CultureInfo.InvariantCulture)).Append(". ");
        sb.Append(c.CitedUrl.AbsoluteUri);
        sb.Append(" (version of ").Append(c.RevisedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(").");
        return sb.ToString();
    }
}
