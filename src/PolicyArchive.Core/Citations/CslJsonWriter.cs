using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PolicyArchive.Core.Citations;

/// <summary>CSL-JSON (Zotero, Pandoc, citeproc): an array with one item.</summary>
public static class CslJsonWriter
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonObject ToJson(CitationRecord c)
    {
        var item = new JsonObject
        {
            ["id"] = c.Key,
            ["type"] = c.Publication is null ? "webpage" : "article-newspaper",
            ["title"] = c.Title,
        };
        if (c.OriginalTitle is { Length: > 0 } original) item["original-title"] = original;
        if (c.Authors.Count > 0)
            item["author"] = new JsonArray(c.Authors.Select(a => (JsonNode)Name(PersonName.Parse(a))).ToArray());
        if (c.Publication is { Length: > 0 } publication) item["container-title"] = publication;
        if (c.Date.Year is { } year)
        {
            var parts = new JsonArray(year);
            if (c.Date.Month is { } month) parts.Add(month);
            if (c.Date.Month is not null && c.Date.Day is { } day) parts.Add(day);
            item["issued"] = new JsonObject { ["date-parts"] = new JsonArray(parts) };
        }
        item["language"] = c.Language;
        item["URL"] = c.CitedUrl.AbsoluteUri;
        item["accessed"] = new JsonObject { ["date-parts"] = new JsonArray(new JsonArray(c.RevisedAt.Year, c.RevisedAt.Month, c.RevisedAt.Day)) };
        item["publisher"] = CitationRecord.ArchiveName;
        item["version"] = c.Revision.ToString(CultureInfo.InvariantCulture);
        if (c.Notes.Count > 0) item["note"] = string.Join("\n", c.Notes);
        if (c.Tags.Count > 0) item["keyword"] = string.Join(", ", c.Tags);
        return item;
    }

    // Only names that split clearly get family and given; the rest stay as written.
    private static JsonObject Name(PersonName name)
    {
        if (!name.IsSplit) return new JsonObject { ["literal"] = name.Literal };
        var o = new JsonObject { ["family"] = name.Family, ["given"] = name.Given };
        if (name.Suffix is not null) o["suffix"] = name.Suffix;
        return o;
    }

    public static string Write(CitationRecord c) => new JsonArray(ToJson(c)).ToJsonString(Options);
}
