using System.ServiceModel.Syndication;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Search;
using PolicyArchive.Web.Api;
using PolicyArchive.Web.Infrastructure;
using PolicyArchive.Web.Pages.Search;
using PolicyArchive.Web.Pages.Shared;

namespace PolicyArchive.Web.Feeds;

/// <summary>Atom feeds of new and revised documents: the whole archive, one tag, or one search query.</summary>
public static class AtomFeeds
{
    public const int EntryCount = 50;
    private const int SummaryChars = 400;

    public static async Task<IResult> ArchiveAsync(HttpContext http, ArchiveDbContext db, CancellationToken ct)
    {
        var docs = await Recent(db.Documents, ct);
        return Write(http, "PolicyArchive — new and revised documents", "/feeds/atom", docs);
    }

    public static async Task<IResult> TagAsync(string slug, HttpContext http, ArchiveDbContext db, CancellationToken ct)
    {
        var tag = await db.Tags.AsNoTracking().SingleOrDefaultAsync(t => t.Slug == slug, ct);
        if (tag is null)
        {
            var current = await TagUrls.CurrentSlugAsync(db, slug, ct);
            return current is null ? ApiContract.NotFound($"No tag '{slug}'.") : Results.Redirect(TagUrls.Feed(current), permanent: true);
        }
        var docs = await Recent(db.Documents.Where(d => d.Tags.Any(t => t.TagId == tag.Id)), ct);
        return Write(http, $"PolicyArchive — {tag.Name}", TagUrls.Feed(slug), docs);
    }

    /// <summary>The documents a search finds, newest change first, so a researcher can follow a query.</summary>
    public static async Task<IResult> SearchAsync(HttpContext http, ArchiveDbContext db, SearchService search, CancellationToken ct)
    {
        // The same parameters as the results page (query, filters, expansion), read by the same binder, which drops control
        // characters: they cannot be written in XML and mean nothing in a query.
        var links = SearchUrlBinder.Bind(http.Request.Query);
        // As the export: a feed of no search, or of a query with nothing left to search, is a mistake in its address,
        // not an empty feed that a reader would follow forever.
        if (!links.HasSearch()) return Results.BadRequest(new { error = "Give a query (q=) or a filter to follow its results." });
        // The matches changed last, whatever their rank: the hundred most relevant, ordered afterwards, left out a document
        // added or revised today once a query found more than a hundred. Asked for a hundred, not EntryCount, so that hits
        // the store has withdrawn or changed since the index took them in still leave a full feed.
        var results = search.Search(links.ToRequest(SearchRequest.MaxPageSize, page: 1) with { Sort = SearchSort.LastChanged, WithSnippets = false });
        if (results.QueryRefused) return Results.BadRequest(new { error = results.Message });
        var ids = results.Hits.Select(h => h.PublicId).ToList();
        var docs = await Recent(db.Documents.Where(d => ids.Contains(d.PublicId)), ct);
        var filters = string.Join(", ", links.Facets.SelectMany(f => f.Value));
        return Write(http, $"PolicyArchive — search: {links.Q}{(filters.Length > 0 ? " (" + filters + ")" : "")}", links.ForFeed(), docs);
    }

    private static Task<List<Document>> Recent(IQueryable<Document> source, CancellationToken ct) =>
        source.AsNoTracking().Where(d => d.Status == DocumentStatus.Published)
            .OrderByDescending(d => d.UpdatedAt).ThenByDescending(d => d.Id).Take(EntryCount)
            .WithAuthorsAndTags().ToListAsync(ct);

    private static IResult Write(HttpContext http, string title, string selfPath, IReadOnlyList<Document> docs)
    {
        var self = PublicUrls.Absolute(http.Request, selfPath);
        var feed = new SyndicationFeed(title, "AI-policy documents, searchable and citable", PublicUrls.Base(http.Request))
        {
            Id = self.AbsoluteUri,
            LastUpdatedTime = docs.Count > 0 ? Utc(docs.Max(d => d.UpdatedAt)) : DateTimeOffset.UnixEpoch,
            Generator = "PolicyArchive",
        };
        feed.Links.Add(new SyndicationLink(self, "self", title, "application/atom+xml", 0));
        // Atom requires an author for every entry: the archive is the author of entries whose documents name none.
        feed.Authors.Add(new SyndicationPerson { Name = "PolicyArchive", Uri = PublicUrls.Base(http.Request).AbsoluteUri });
        feed.Items = docs.Select(d => Entry(http, d)).ToList();

        var buffer = new MemoryStream();
        using (var writer = ArchiveXml.Create(buffer, indent: true))
            new Atom10FeedFormatter(feed).WriteTo(writer);
        return Results.Bytes(buffer.ToArray(), "application/atom+xml; charset=utf-8");
    }

    private static SyndicationItem Entry(HttpContext http, Document d)
    {
        var url = PublicUrls.Permalink(http.Request, d);
        var summary = Excerpt.Of(d.Body, SummaryChars);
        var item = new SyndicationItem(d.Title, summary, url, url.AbsoluteUri, Utc(d.UpdatedAt))
        {
            PublishDate = Utc(d.IngestedAt),
        };
        item.Summary = new TextSyndicationContent(summary);
        item.Content = null;
        foreach (var a in d.Authors.OrderBy(a => a.Position)) item.Authors.Add(new SyndicationPerson { Name = a.Name });
        foreach (var t in d.Tags) item.Categories.Add(new SyndicationCategory(t.Tag.Name) { Label = t.Tag.Name });
        item.ElementExtensions.Add("revision", "https://policyarchive.example/ns/1", d.RevisionNumber);
        return item;
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
