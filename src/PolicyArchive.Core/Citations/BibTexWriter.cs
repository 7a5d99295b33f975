using System.Globalization;
using System.Text;

namespace PolicyArchive.Core.Citations;

/// <summary>A BibLaTeX-style @online entry (also read by BibTeX, Zotero, JabRef). Every value is escaped,
/// so braces or TeX specials in a title cannot break the entry.</summary>
public static class BibTexWriter
{
    public static string Write(CitationRecord c)
    {
        var fields = new List<(string Name, string Value)> { ("title", c.Title) };
        if (c.Authors.Count > 0) fields.Add(("author", string.Join(" and ", c.Authors.Select(Name))));
        if (c.OriginalTitle is { Length: > 0 } original) fields.Add(("origtitle", original));
        if (c.Publication is { Length: > 0 } publication) fields.Add(("organization", publication));
        if (c.Date.Year is { } year)
        {
            fields.Add(("date", c.Date.ToIso()!));
            fields.Add(("year", year.ToString(CultureInfo.InvariantCulture)));
            if (c.Date.Month is { } month) fields.Add(("month", month.ToString(CultureInfo.InvariantCulture)));
        }
        fields.Add(("langid", c.Language));
        fields.Add(("url", c.CitedUrl.AbsoluteUri));
        fields.Add(("urldate", c.RevisedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        if (c.Notes.Count > 0) fields.Add(("note", string.Join("; ", c.Notes)));
        fields.Add(("version", c.Revision.ToString(CultureInfo.InvariantCulture)));
        fields.Add(("publisher", CitationRecord.ArchiveName));
        if (c.Tags.Count > 0) fields.Add(("keywords", string.Join(", ", c.Tags)));

        var sb = new StringBuilder();
        sb.Append("@online{").Append(c.Key).Append(",\n");
        for (var i = 0; i < fields.Count; i++)
        {
            var (name, value) = fields[i];
            var escaped = name switch { "url" => EscapeUrl(value), "author" => value, _ => Escape(value) };
            sb.Append("  ").Append(name).Append(" = {").Append(escaped).Append('}');
            sb.Append(i < fields.Count - 1 ? ",\n" : "\n");
        }
        sb.Append("}\n");
        return sb.ToString();
    }

    // A split person name is written "Family, Given" so BibTeX cannot mistake a particle or a second given name.
    private static string Name(string author)
    {
        var name = PersonName.Parse(author);
        return name.IsSplit
            ? "{" + Escape(name.Family!) + "}, " + (name.Suffix is null ? "" : Escape(name.Suffix) + ", ") + Escape(name.Given!)
            : "{" + Escape(name.Literal) + "}";
    }

    /// <summary>Escapes TeX specials; non-ASCII letters stay as UTF-8, which biber and Zotero read.</summary>
    public static string Escape(string value)
    {
        var sb = new StringBuilder(value.Length + 8);
        foreach (var ch in value.ReplaceLineEndings(" "))
        {
            switch (ch)
            {
                case '\\': sb.Append(@"\textbackslash{}"); break;
                case '{': sb.Append(@"\{"); break;
                case '}': sb.Append(@"\}"); break;
                case '%' or '&' or '$' or '#' or '_': sb.Append('\\').Append(ch); break;
                case '~': sb.Append(@"\textasciitilde{}"); break;
                case '^': sb.Append(@"\textasciicircum{}"); break;
                default: sb.Append(ch); break;
            }
        }
        return sb.ToString();
    }

    private static string EscapeUrl(string url) => url.Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal);
}
