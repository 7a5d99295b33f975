using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Web.Pages.Shared;

namespace PolicyArchive.Web.Pages.Admin.Duplicates;

/// <summary>Near-duplicates flagged on ingestion, for editors to check, a page at a time; flags are marked as checked one
/// by one or several at once. Resolving a flag changes no document.</summary>
public sealed class IndexModel(ArchiveDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    /// <summary>Most flags a single post may resolve (one page's worth and some), so one request stays one small transaction.</summary>
    public const int MaxPerPost = 200;

    public IReadOnlyList<FlagRow> Flags { get; private set; } = [];
    public Pager Pager { get; private set; } = new(1, PageSize, 0, "/admin/duplicates", null);
    public bool OutOfRange { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(int p = 1, CancellationToken ct = default)
    {
        var open = db.DuplicateFlags.Where(f => f.ResolvedAt == null);
        var total = await open.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        OutOfRange = p > pageCount;
        var page = Math.Clamp(p, 1, pageCount);
        Pager = new Pager(page, PageSize, total, "/admin/duplicates", null);
        Flags = await (
            from f in open
            join d in db.Documents on f.DocumentId equals d.Id
            join o in db.Documents on f.OtherDocumentId equals o.Id
            orderby f.CreatedAt descending, f.Id descending
            select new FlagRow(f.Id, d.PublicId, d.Slug, d.Title, d.Language, o.PublicId, o.Slug, o.Title, o.Language, f.Similarity, f.CreatedAt))
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
    }

    /// <summary>One flag (the row's button) or the ticked ones (the bulk button).</summary>
    public async Task<IActionResult> OnPostResolveAsync(int? id, int[]? selected, int p = 1, CancellationToken ct = default)
    {
        var ids = (id is { } one ? [one] : selected ?? []).Distinct().Take(MaxPerPost).ToList();
        if (ids.Count == 0)
        {
            Message = "Tick the flags to mark as checked.";
            return RedirectToPage(new { p });
        }
        var flags = await db.DuplicateFlags.Where(f => ids.Contains(f.Id) && f.ResolvedAt == null).ToListAsync(ct);
        if (flags.Count == 0)
        {
            Message = ids.Count == 1 ? "That flag was already checked." : "Those flags were already checked.";
            return RedirectToPage(new { p });
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var documentIds = flags.Select(f => f.DocumentId).Distinct().ToList();
        var publicIds = await db.Documents.Where(d => documentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.PublicId, ct);
        foreach (var flag in flags)
        {
            flag.ResolvedAt = now;
            db.AuditEntries.Add(new AuditEntry { At = now, UserName = User.Identity?.Name ?? "editor", Action = "duplicate.resolve", DocumentPublicId = publicIds[flag.DocumentId], Details = $"flag {flag.Id}" });
        }
        await db.SaveChangesAsync(ct);
        Message = flags.Count == 1 ? "Marked as checked." : $"{flags.Count} flags marked as checked.";
        return RedirectToPage(new { p });
    }

    public sealed record FlagRow(int Id, string PublicId, string Slug, string Title, string Language, string OtherPublicId, string OtherSlug, string OtherTitle, string OtherLanguage, double Similarity, DateTime CreatedAt);
}
