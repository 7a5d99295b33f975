using PolicyArchive.Core.Documents;

namespace PolicyArchive.Web.Api;

/// <summary>The browse filters shared by the API, the browse pages and the feeds. Plain LINQ, so it runs on SQLite and PostgreSQL alike.</summary>
public static class DocumentFilters
{
    public static IQueryable<Document> Apply(IQueryable<Document> source, string? tag, string? language, int? year, string? publication, string? author)
    {
        if (!string.IsNullOrWhiteSpace(tag)) source = source.Where(d => d.Tags.Any(t => t.Tag.Slug == tag));
        if (!string.IsNullOrWhiteSpace(language)) source = source.Where(d => d.Language == language);
        if (year is { } y) source = source.Where(d => d.PublishedYear == y);
        if (!string.IsNullOrWhiteSpace(publication)) source = source.Where(d => d.Publication == publication);
        if (!string.IsNullOrWhiteSpace(author)) source = source.Where(d => d.Authors.Any(a => a.Name == author));
        return source;
    }
}
