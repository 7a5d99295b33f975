using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Web.Pages.Shared;
using static PolicyArchive.Web.Oai.OaiNames;

namespace PolicyArchive.Web.Oai;

/// <summary>The archive seen as an OAI-PMH repository. Records are documents (withdrawn ones and tombstones as deleted
/// records, kept for good); sets are tags, collections and languages.</summary>
internal sealed partial class OaiRepository(ArchiveDbContext db, string baseUrl, string adminEmail, int pageSize = OaiRepository.DefaultPageSize)
{
    public const int DefaultPageSize = 100;
    private readonly int _pageSize = Math.Clamp(pageSize, 1, 1000);
    private const string EndOfList = "\uffff";
    private const int DescriptionChars = 500;

    public async Task<XElement> IdentifyAsync(CancellationToken ct)
    {
        var earliestDoc = await db.Documents.MinAsync(d => (DateTime?)d.UpdatedAt, ct);
        var earliestTomb = await db.Tombstones.MinAsync(t => (DateTime?)t.DeletedAt, ct);
        var earliest = new[] { earliestDoc, earliestTomb }.Where(d => d is not null).DefaultIfEmpty(DateTime.UnixEpoch).Min()!.Value;
        return new XElement(Pmh + "Identify",
            new XElement(Pmh + "repositoryName", "PolicyArchive"),
            new XElement(Pmh + "baseURL", baseUrl),
            new XElement(Pmh + "protocolVersion", "2.0"),
            new XElement(Pmh + "adminEmail", adminEmail),
            new XElement(Pmh + "earliestDatestamp", OaiDatestamp.Format(earliest)),
            new XElement(Pmh + "deletedRecord", "persistent"),
            new XElement(Pmh + "granularity", Granularity));
    }

    public async Task<XElement[]> ListMetadataFormatsAsync(string? identifier, CancellationToken ct)
    {
        if (identifier is not null && !await ExistsAsync(identifier, ct))
            return [OaiPmhEndpoint.Error("idDoesNotExist", $"No record '{identifier}'.")];
        return [new XElement(Pmh + "ListMetadataFormats",
            new XElement(Pmh + "metadataFormat",
                new XElement(Pmh + "metadataPrefix", OaiDcPrefix),
                new XElement(Pmh + "schema", OaiDcSchema),
                new XElement(Pmh + "metadataNamespace", OaiDc.NamespaceName)))];
    }

    public async Task<XElement> ListSetsAsync(CancellationToken ct)
    {
        var tags = await db.Tags.AsNoTracking().OrderBy(t => t.Slug).Select(t => new { t.Id, t.Slug, t.Name }).ToListAsync(ct);
        var collections = await db.Collections.AsNoTracking().OrderBy(c => c.Slug).Select(c => new { c.Id, c.Slug, c.Title }).ToListAsync(ct);
        var languages = await db.Documents.AsNoTracking().Select(d => d.Language).Distinct().OrderBy(l => l).ToListAsync(ct);
        return new XElement(Pmh + "ListSets",
            languages.Where(IsSpecPart).Select(l => Set("language:" + l, "Language: " + l)),
            tags.Select(t => Set("tag:" + SpecPart(t.Slug, t.Id), "Tag: " + t.Name)),
            collections.Select(c => Set("collection:" + SpecPart(c.Slug, c.Id), "Collection: " + c.Title)));
    }

    public async Task<XElement[]> GetRecordAsync(string identifier, string prefix, CancellationToken ct)
    {
        if (!identifier.StartsWith(IdentifierPrefix, StringComparison.Ordinal))
            return [OaiPmhEndpoint.Error("idDoesNotExist", $"No record '{identifier}'.")];
        var publicId = identifier[IdentifierPrefix.Length..];
        var doc = await Documents().SingleOrDefaultAsync(d => d.PublicId == publicId, ct);
        var tomb = doc is null ? await db.Tombstones.AsNoTracking().SingleOrDefaultAsync(t => t.PublicId == publicId, ct) : null;
        if (doc is null && tomb is null)
            return [OaiPmhEndpoint.Error("idDoesNotExist", $"No record '{identifier}'.")];
        if (prefix != OaiDcPrefix)
            return [OaiPmhEndpoint.Error("cannotDisseminateFormat", $"This repository gives records as {OaiDcPrefix} only.")];
        var sets = doc is null ? null : await SetsOfAsync([doc.Id], ct);
        return [new XElement(Pmh + "GetRecord", doc is not null ? Record(doc, sets![doc.Id], withMetadata: true) : TombRecord(tomb!))];
    }

    public async Task<XElement[]> ListAsync(OaiResumptionToken q, bool withMetadata, CancellationToken ct)
    {
        var from = OaiDatestamp.Parse(q.From)?.Value;
        var until = OaiDatestamp.Parse(q.Until) is { } u ? (u.IsDay ? u.Value.AddDays(1).AddTicks(-1) : u.Value) : (DateTime?)null;
        var elements = new List<XElement>();
        var docs = Documents();
        if (from is { } f) docs = docs.Where(d => d.UpdatedAt >= f);
        if (until is { } un) docs = docs.Where(d => d.UpdatedAt <= un);
        if (q.Set is { } set)
        {
            var filtered = await FilterBySetAsync(docs, set, ct);
            if (filtered is null) return [OaiPmhEndpoint.Error("noRecordsMatch", $"No set '{set}'.")];
            docs = filtered;
        }

        var next = q;
        if (!q.InTombstones)
        {
            var page = await docs.Where(d => d.Id > q.AfterDocumentId).OrderBy(d => d.Id).Take(_pageSize + 1).ToListAsync(ct);
            var more = page.Count > _pageSize;
            if (more) page.RemoveAt(_pageSize);
            var sets = await SetsOfAsync(page.Select(d => d.Id).ToList(), ct);
            elements.AddRange(page.Select(d => withMetadata ? Record(d, sets[d.Id], true) : Header(d, sets[d.Id])));
            next = more ? q with { AfterDocumentId = page[^1].Id } : q with { InTombstones = true, AfterDocumentId = int.MaxValue };
        }
        // Deleted documents leave tombstones without sets, so a set-filtered list has none of them. When the page is
        // already full, one tombstone is peeked at, so a token is only given when something is left to harvest.
        if (next.InTombstones && q.Set is null)
        {
            var tombs = db.Tombstones.AsNoTracking();
            if (from is { } f2) tombs = tombs.Where(t => t.DeletedAt >= f2);
            if (until is { } u2) tombs = tombs.Where(t => t.DeletedAt <= u2);
            if (next.AfterTombstone is { } after) tombs = tombs.Where(t => string.Compare(t.PublicId, after) > 0);
            var room = _pageSize - elements.Count;
            var page = await tombs.OrderBy(t => t.PublicId).Take(room + 1).ToListAsync(ct);
            var more = page.Count > room;
            if (more) page.RemoveAt(room);
            elements.AddRange(page.Select(t => withMetadata ? TombRecord(t) : TombHeader(t)));
            next = !more ? next with { AfterTombstone = EndOfList } : page.Count > 0 ? next with { AfterTombstone = page[^1].PublicId } : next;
        }
        var finished = next.InTombstones && (q.Set is not null || next.AfterTombstone == EndOfList);
        var isFirstPage = q.AfterDocumentId == 0 && !q.InTombstones;
        if (elements.Count == 0 && isFirstPage)
            return [OaiPmhEndpoint.Error("noRecordsMatch", "No records match these arguments.")];

        var list = new XElement(Pmh + (withMetadata ? "ListRecords" : "ListIdentifiers"), elements);
        if (!finished)
            list.Add(new XElement(Pmh + "resumptionToken", next.Encode()));
        else if (!isFirstPage)
            list.Add(new XElement(Pmh + "resumptionToken")); // An empty token ends an incomplete list.
        return [list];
    }

    private IQueryable<Document> Documents() => db.Documents.AsNoTracking()
        .WithAuthorsAndTags();

    private async Task<bool> ExistsAsync(string identifier, CancellationToken ct)
    {
        if (!identifier.StartsWith(IdentifierPrefix, StringComparison.Ordinal)) return false;
        var id = identifier[IdentifierPrefix.Length..];
        return await db.Documents.AnyAsync(d => d.PublicId == id, ct) || await db.Tombstones.AnyAsync(t => t.PublicId == id, ct);
    }

    private async Task<IQueryable<Document>?> FilterBySetAsync(IQueryable<Document> docs, string set, CancellationToken ct)
    {
        var colon = set.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) return null;
        var (kind, value) = (set[..colon], set[(colon + 1)..]);
        switch (kind)
        {
            case "language":
                return docs.Where(d => d.Language == value);
            case "tag":
                var tags = await db.Tags.AsNoTracking().Select(t => new { t.Id, t.Slug }).ToListAsync(ct);
                var tag = tags.FirstOrDefault(t => SpecPart(t.Slug, t.Id) == value);
                return tag is null ? null : docs.Where(d => d.Tags.Any(t => t.TagId == tag.Id));
            case "collection":
                var collections = await db.Collections.AsNoTracking().Select(c => new { c.Id, c.Slug }).ToListAsync(ct);
                var c = collections.FirstOrDefault(c => SpecPart(c.Slug, c.Id) == value);
                return c is null ? null : docs.Where(d => db.CollectionItems.Any(i => i.CollectionId == c.Id && i.DocumentId == d.Id));
            default:
                return null;
        }
    }

    private async Task<Dictionary<int, List<string>>> SetsOfAsync(List<int> ids, CancellationToken ct)
    {
        var result = ids.ToDictionary(i => i, _ => new List<string>());
        var docs = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id)).Select(d => new { d.Id, d.Language }).ToListAsync(ct);
        foreach (var d in docs.Where(d => IsSpecPart(d.Language))) result[d.Id].Add("language:" + d.Language);
        var tags = await db.DocumentTags.AsNoTracking().Where(t => ids.Contains(t.DocumentId)).Select(t => new { t.DocumentId, t.Tag.Id, t.Tag.Slug }).ToListAsync(ct);
        foreach (var t in tags.OrderBy(t => t.Slug, StringComparer.Ordinal)) result[t.DocumentId].Add("tag:" + SpecPart(t.Slug, t.Id));
        var items = await db.CollectionItems.AsNoTracking().Where(i => ids.Contains(i.DocumentId)).ToListAsync(ct);
        var collections = await db.Collections.AsNoTracking().Select(c => new { c.Id, c.Slug }).ToDictionaryAsync(c => c.Id, c => c.Slug, ct);
        foreach (var i in items) result[i.DocumentId].Add("collection:" + SpecPart(collections[i.CollectionId], i.CollectionId));
        return result;
    }

    private static XElement Set(string spec, string name) => new(Pmh + "set", new XElement(Pmh + "setSpec", spec), new XElement(Pmh + "setName", name));

    /// <summary>setSpec allows only unreserved URI characters; a slug with accents or CJK becomes its numeric id.</summary>
    private static string SpecPart(string slug, int id) => IsSpecPart(slug) ? slug : "id-" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static bool IsSpecPart(string value) => SpecPartPattern().IsMatch(value);

    [GeneratedRegex(@"^[A-Za-z0-9\-_\.!~\*'\(\)]+$")]
    private static partial Regex SpecPartPattern();

    private static XElement Header(Document d, IEnumerable<string> sets) =>
        new(Pmh + "header",
            d.Status == DocumentStatus.Published ? null : new XAttribute("status", "deleted"),
            new XElement(Pmh + "identifier", IdentifierPrefix + d.PublicId),
            new XElement(Pmh + "datestamp", OaiDatestamp.Format(d.UpdatedAt)),
            sets.Select(s => new XElement(Pmh + "setSpec", s)));

    private static XElement TombHeader(Tombstone t) =>
        new(Pmh + "header", new XAttribute("status", "deleted"),
            new XElement(Pmh + "identifier", IdentifierPrefix + t.PublicId),
            new XElement(Pmh + "datestamp", OaiDatestamp.Format(t.DeletedAt)));

    private static XElement TombRecord(Tombstone t) => new(Pmh + "record", TombHeader(t));

    private XElement Record(Document d, IEnumerable<string> sets, bool withMetadata) =>
        new(Pmh + "record", Header(d, sets),
            withMetadata && d.Status == DocumentStatus.Published ? new XElement(Pmh + "metadata", DublinCore(d)) : null);

    private XElement DublinCore(Document d)
    {
        var permalink = new Uri(new Uri(baseUrl), $"/d/{d.PublicId}/{Uri.EscapeDataString(d.Slug)}").AbsoluteUri;
        return new XElement(OaiDc + "dc",
            new XAttribute(XNamespace.Xmlns + "oai_dc", OaiDc),
            new XAttribute(XNamespace.Xmlns + "dc", Dc),
            new XAttribute(Xsi + "schemaLocation", $"{OaiDc} {OaiDcSchema}"),
            new XElement(Dc + "title", new XAttribute(XNamespace.Xml + "lang", d.Language), d.Title),
            d.OriginalTitle is { Length: > 0 } o ? new XElement(Dc + "title", o) : null,
            d.Authors.OrderBy(a => a.Position).Select(a => a.Role is "author" or "speaker"
                ? new XElement(Dc + "creator", a.Name)
                : new XElement(Dc + "contributor", a.Name)),
            d.Tags.OrderBy(t => t.Tag.Name, StringComparer.Ordinal).Select(t => new XElement(Dc + "subject", t.Tag.Name)),
            new XElement(Dc + "description", new XAttribute(XNamespace.Xml + "lang", d.Language), Excerpt.Of(d.Body, DescriptionChars)),
            d.Publication is { Length: > 0 } p ? new XElement(Dc + "publisher", p) : null,
            d.PublishedDate.Year is not null ? new XElement(Dc + "date", d.PublishedDate.ToIso()) : null,
            new XElement(Dc + "type", "Text"),
            new XElement(Dc + "format", "text/markdown"),
            new XElement(Dc + "identifier", permalink),
            d.SourceUrl is { Length: > 0 } s ? new XElement(Dc + "source", s) : null,
            new XElement(Dc + "language", d.Language));
    }
}
