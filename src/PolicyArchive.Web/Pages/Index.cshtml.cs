using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Web.Readers;

namespace PolicyArchive.Web.Pages;

[OutputCache(PolicyName = ReaderCache.Policy)]
public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    public const int RecentCount = 10;

    public IReadOnlyList<RecentItem> Recent { get; private set; } = [];
    public IReadOnlyList<CollectionItem> Collections { get; private set; } = [];
    public IReadOnlyList<TagItem> Tags { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Recent = await db.Documents.Where(d => d.Status == DocumentStatus.Published)
            .OrderByDescending(d => d.IngestedAt).ThenByDescending(d => d.Id).Take(RecentCount)
            .Select(d => new RecentItem(d.PublicId, d.Slug, d.Title, d.Language, d.IngestedAt)).ToListAsync(ct);
        Collections = await db.Collections.OrderByDescending(c => c.UpdatedAt).ThenBy(c => c.Id).Take(10)
            .Select(c => new CollectionItem(c.Slug, c.Title, c.Items.Count(i => i.Document.Status == DocumentStatus.Published))).ToListAsync(ct);
        var language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var tags = await db.Tags.Select(t => new { t.Slug, t.Name, Labels = t.Labels.ToList(), Count = t.Documents.Count(x => x.Document.Status == DocumentStatus.Published) }).ToListAsync(ct);
        Tags = tags.Where(t => t.Count > 0 && t.Slug.Length > 0).OrderByDescending(t => t.Count).ThenBy(t => t.Name, StringComparer.Ordinal).Take(30)
            .Select(t => new TagItem(t.Slug, new Tag { Name = t.Name, Labels = t.Labels }.LabelFor(language), t.Count)).ToList();
    }

    public sealed record RecentItem(string PublicId, string Slug, string Title, string Language, DateTime IngestedAt);

    public sealed record CollectionItem(string Slug, string Title, int Count);

    public sealed record TagItem(string Slug, string Name, int Count);
}
