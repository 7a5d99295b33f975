using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;

namespace PolicyArchive.Web.Api;

/// <summary>The one address scheme of tags: a tag's page is /browse/tag/{slug} and its feed /feeds/tag/{slug}. Every
/// other address a tag has had — /tags/{slug}, a slug from before a rename or a merge — answers 301 to these.</summary>
public static class TagUrls
{
    public static string Page(string slug) => BrowseUrls.Page("tag", slug);

    public static string Feed(string slug) => "/feeds/tag/" + Uri.EscapeDataString(slug);

    /// <summary>The current slug for <paramref name="slug"/>: itself when a tag has it, the tag's slug now when it is an
    /// old address kept by a rename or merge, null when no tag ever had it.</summary>
    public static async Task<string?> CurrentSlugAsync(ArchiveDbContext db, string slug, CancellationToken ct)
    {
        if (await db.Tags.AnyAsync(t => t.Slug == slug, ct)) return slug;
        return await db.TagAliases.AsNoTracking().Where(a => a.Slug == slug)
            .Join(db.Tags, a => a.TagId, t => t.Id, (a, t) => t.Slug).FirstOrDefaultAsync(ct);
    }
}
