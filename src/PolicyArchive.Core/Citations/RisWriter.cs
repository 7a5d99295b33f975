using System.Globalization;
using System.Text;

namespace PolicyArchive.Core.Citations;

/// <summary>An RIS record (Zotero, EndNote, Mendeley). One tag per line; values are single lines.</summary>
public static class RisWriter
{
    public static string Write(CitationRecord c)
    {
        var sb = new StringBuilder();
        Line(sb, "TY", "ELEC");
        Line(sb, "TI", c.Title);
        if (c.OriginalTitle is { Length: > 0 } original) Line(sb, "TT", original);
        foreach (var a in c.Authors) Line(sb, "AU", PersonName.Parse(a).Inverted);
        if (c.Publication is { Length: > 0 } publication) Line(sb, "T2", publication);
        if (c.Date.Year is { } year)
        {
            Line(sb, "PY", year.ToString("D4", CultureInfo.InvariantCulture));
            // RIS dates are YYYY/MM/DD/ with empty parts for what is not known.
            Line(sb, "DA", string.Create(CultureInfo.InvariantCulture,
                $"{year:D4}/{(c.Date.Month is { } m ? m.ToString("D2", CultureInfo.InvariantCulture) : "")}/{(c.Date.Day is { } d ? d.ToString("D2", CultureInfo.InvariantCulture) : "")}/"));
        }
        Line(sb, "LA", c.Language);
        Line(sb, "UR", c.CitedUrl.AbsoluteUri);
        Line(sb, "Y2", c.RevisedAt.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture));
        Line(sb, "PB", CitationRecord.ArchiveName);
        Line(sb, "ET", "Revision " + c.Revision.ToString(CultureInfo.InvariantCulture));
        foreach (var note in c.Notes) Line(sb, "N1", note);
        foreach (var t in c.Tags) Line(sb, "KW", t);
        Line(sb, "ID", c.Key);
        sb.Append("ER  - \r\n");
        return sb.ToString();
    }

    private static void Line(StringBuilder sb, string tag, string value) =>
        sb.Append(tag).Append("  - ").Append(string.Join(' ', value.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries))).Append("\r\n");
}
