using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Web.Infrastructure;

namespace PolicyArchive.Web.Pages.Admin.Audit;

/// <summary>The audit log of editorial actions, newest first, filterable by person and by document.</summary>
[Authorize(Policy = AccountExtensions.AdministratorsPolicy)]
public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? Person { get; set; }

    [BindProperty(SupportsGet = true, Name = "document")]
    public string? Document { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public IReadOnlyList<string> People { get; private set; } = [];
    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Person)) query = query.Where(a => a.UserName == Person.Trim());
        if (!string.IsNullOrWhiteSpace(Document))
        {
            var id = Core.Editorial.RelationEditor.PublicIdIn(Document) ?? Document.Trim();
            query = query.Where(a => a.DocumentPublicId == id);
        }
        Total = await query.CountAsync(ct);
        Entries = await query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        People = await db.AuditEntries.Select(a => a.UserName).Distinct().OrderBy(u => u).ToListAsync(ct);
    }
}
