using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PolicyArchive.Core.Citations;

/// <summary>The &lt;meta&gt; tags that reference managers read (Highwire citation_* as Google Scholar and Zotero expect,
/// Dublin Core DC.*), and schema.org JSON-LD. Values are returned raw; the page HTML-encodes attributes.</summary>
public static class CitationMetaTags
{
    public static IReadOnlyList<(string Name, string Content)> For(CitationRecord c)
    {
        var tags = new List<(string, string)> { ("citation_title", c.Title) };
        tags.AddRange(c.Authors.Select(a => ("citation_author", a)));
        if (HighwireDate(c) is { } date) tags.Add(("citation_publication_date", date));
        tags.Add(("citation_language", c.Language));
        if (c.Publication is { Length: > 0 } publication) tags.Add(("citation_journal_title", publication));
        tags.Add(("citation_public_url", c.CitedUrl.AbsoluteUri));
        tags.AddRange(c.Tags.Select(t => ("citation_keywords", t)));

        tags.Add(("DC.title", c.Title));
        tags.AddRange(c.Authors.Select(a => ("DC.creator", a)));
        if (c.Date.Year is not null) tags.Add(("DC.date", c.Date.ToIso()!));
        tags.Add(("DC.language", c.Language));
        tags.Add(("DC.identifier", c.CitedUrl.AbsoluteUri));
        if (c.Publication is { Length: > 0 } pub) tags.Add(("DC.publisher", pub));
        if (c.SourceUrl is { Length: > 0 } source) tags.Add(("DC.source", source));
        tags.Add(("DC.type", "Text"));
        tags.AddRange(c.Tags.Select(t => ("DC.subject", t)));
        return tags;
    }

    /// <summary>Highwire dates are YYYY/MM/DD or a year alone; a day and month without a year is not a citable date.</summary>
    public static string? HighwireDate(CitationRecord c) => c.Date.Year is not { } y
        ? null
        : string.Join('/', new[] { y, c.Date.Month, c.Date.Month is null ? null : c.Date.Day }
            .Where(p => p is not null).Select((p, i) => p!.Value.ToString(i == 0 ? "D4" : "D2", CultureInfo.InvariantCulture)));

    private static readonly JsonSerializerOptions JsonLdOptions = new() { Encoder = JavaScriptEncoder.Default };

    /// <summary>schema.org Article as JSON-LD. Serialised with the default encoder, which escapes &lt; &gt; &amp; and quotes,
    /// so a title containing "&lt;/script&gt;" cannot close the script element it is embedded in.</summary>
    public static string JsonLd(CitationRecord c)
    {
        var o = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Article",
            ["@id"] = c.Permalink.AbsoluteUri,
            ["url"] = c.CitedUrl.AbsoluteUri,
            ["headline"] = c.Title,
            ["name"] = c.Title,
            ["inLanguage"] = c.Language,
            ["version"] = c.Revision.ToString(CultureInfo.InvariantCulture),
            ["dateModified"] = c.RevisedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        };
        if (c.OriginalTitle is { Length: > 0 } original) o["alternativeHeadline"] = original;
        if (c.Authors.Count > 0)
            o["author"] = new JsonArray(c.Authors.Select(a => (JsonNode)new JsonObject { ["@type"] = "Person", ["name"] = a }).ToArray());
        if (c.Date.Year is not null) o["datePublished"] = c.Date.ToIso();
        if (c.Publication is { Length: > 0 } publication) o["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = publication };
        if (c.SourceUrl is { Length: > 0 } source) o["isBasedOn"] = source;
        if (c.Tags.Count > 0) o["keywords"] = string.Join(", ", c.Tags);
        o["identifier"] = new JsonObject { ["@type"] = "PropertyValue", ["propertyID"] = "sha256", ["value"] = c.ContentSha256 };
        o["isPartOf"] = new JsonObject { ["@type"] = "WebSite", ["name"] = CitationRecord.ArchiveName };
        return o.ToJsonString(JsonLdOptions);
    }
}
