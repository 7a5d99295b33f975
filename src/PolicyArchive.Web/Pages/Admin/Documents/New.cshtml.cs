using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Options;
using PolicyArchive.Core.Editorial;
using PolicyArchive.Web.Api;
using PolicyArchive.Web.Infrastructure;

namespace PolicyArchive.Web.Pages.Admin.Documents;

public sealed class NewModel(DocumentEditor editor, MarkdownRenderer markdown, IOptions<ArchiveOptions> options) : PageModel
{
    [BindProperty]
    public DocumentForm Input { get; set; } = new();

    public string? PreviewHtml { get; private set; }

    public IEnumerable<SelectListItem> Languages => DocumentForm.LanguageChoices.Select(l => new SelectListItem(l.Name, l.Code));

    public void OnGet()
    {
    }

    public IActionResult OnPostPreview()
    {
        if (Input.Validate(ModelState, options.Value.MaxSourceBytes) is not null)
            PreviewHtml = markdown.ToHtml(Input.Body);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var draft = Input.Validate(ModelState, options.Value.MaxSourceBytes);
        if (draft is null) return Page();
        var document = await editor.CreateAsync(draft, User.Identity?.Name ?? "editor", Input.Note, ct);
        return Redirect(DocumentUrls.Permalink(document));
    }
}
