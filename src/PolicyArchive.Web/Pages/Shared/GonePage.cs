using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using PolicyArchive.Core.Documents;

namespace PolicyArchive.Web.Pages.Shared;

/// <summary>What the gone page shows: the document, and the document still here when the address named two.</summary>
public sealed record GoneNotice(GoneDocument Gone, string? RemainingHref = null, string? RemainingTitle = null);

/// <summary>The one page every HTML address of a document answers once the document is withdrawn or deleted
/// (<see cref="GoneDocuments"/>): 410 with its title, the public reason and the day, whatever the address was.</summary>
public static class GonePage
{
    public static ViewResult For(PageModel page, GoneNotice notice) => new()
    {
        ViewName = "/Pages/Shared/Gone.cshtml",
        ViewData = new ViewDataDictionary<GoneNotice>(page.ViewData, notice),
        StatusCode = StatusCodes.Status410Gone,
    };

    public static ViewResult For(PageModel page, GoneDocument gone) => For(page, new GoneNotice(gone));
}
