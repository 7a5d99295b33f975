using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Editorial;
using PolicyArchive.Web.Infrastructure;
using PolicyArchive.Web.Pages.Shared;

namespace PolicyArchive.Web.Pages.Admin.Documents;

/// <summary>Edit a document (each save is a revision; a save made in between by someone else is caught), manage its relations,
/// withdraw or reinstate it, and, for administrators, delete it for real.</summary>
[RequestSizeLimit(UploadLimits.TransportBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.TransportBytes, ValueLengthLimit = UploadLimits.FormValueBytes)]
public sealed class EditModel(
    ArchiveDbContext db,
    DocumentEditor editor,
    DocumentLifecycle lifecycle,
    RelationEditor relations,
    DocumentRelationsQuery relationsQuery,
    SourceChangeReview sourceChanges,
    MarkdownRenderer markdown,
    IOptions<ArchiveOptions> options,
    ILogger<EditModel> logger) : PageModel
{
    public static readonly (RelationType Type, string Label)[] RelationChoices =
    [
        (RelationType.TranslationOf, "is a translation of"),
        (RelationType.RespondsTo, "responds to"),
        (RelationType.CommentaryOn, "is a commentary on"),
        (RelationType.SameEventAs, "is about the same event as"),
    ];

    [BindProperty]
    public DocumentForm Input { get; set; } = new();

    /// <summary>The concurrency version the form was made from.</summary>
    [BindProperty]
    public int Version { get; set; }

    public Document Document { get; private set; } = null!;
    public DocumentRelations Relations { get; private set; } = new("", []);
    public IReadOnlyList<IngestionRemoval> Removals { get; private set; } = [];
    public IReadOnlyList<FieldProvenance> Provenance { get; private set; } = [];

    /// <summary>The document's source changed after an editor revised it: the change, not applied, against the current version.</summary>
    public SourceChangeReport? SourceChange { get; private set; }
    public string? PreviewHtml { get; private set; }
    [TempData]
    public string? Message { get; set; }
    public bool Conflict { get; private set; }

    /// <summary>Set when the document was deleted for real while the editor had it open: the page shows what was typed, to copy.</summary>
    public Tombstone? Deleted { get; private set; }
    public bool IsAdministrator => User.IsInRole(ArchiveRoles.Administrator);

    /// <summary>What was typed in a side form (relation, withdrawal, deletion) that came back with a message, shown again.</summary>
    public IReadOnlyDictionary<string, string?> SideFields { get; private set; } = new Dictionary<string, string?>();

    private string UserName => User.Identity?.Name ?? "editor";

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        // An old link to a deleted document's edit page says what became of it, as its permalink does.
        if (!await LoadAsync(id, ct)) return await GoneDocuments.FindAsync(db, id, ct) is { } gone ? GonePage.For(this, gone) : NotFound();
        Input = DocumentForm.From(Document);
        Version = Document.ConcurrencyVersion;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return await MissingAsync(id, ct);
        if (ModelState.GetFieldValidationState(nameof(Version)) == ModelValidationState.Invalid)
        {
            // The hidden version is not a number: the form was not made by this page as it is now. Saving could overwrite
            // someone's revision, so nothing is saved and the text stays for the editor to carry over.
            ModelState.AddModelError(string.Empty, "This form is out of date, so nothing was saved. Your changes are still in the form below: "
                + "open the latest version in another tab, then bring your changes into it.");
            return Page();
        }
        var draft = Input.Validate(ModelState, options.Value.MaxSourceBytes);
        if (draft is null) return Page();
        try
        {
            var saved = await editor.UpdateAsync(id, Version, draft, UserName, Input.Note, ct);
            return Done(id, saved is null ? "Nothing changed, so no revision was written." : $"Saved as revision {saved.RevisionNumber}.");
        }
        catch (EditConflictException e)
        {
            // The editor's text stays in the form as posted; the version stays the old one, so saving again cannot silently overwrite.
            Conflict = true;
            ModelState.AddModelError(string.Empty, e.Message + " Your changes are still in the form below and were not saved: "
                + "open the latest version in another tab, then bring your changes into it.");
            await LoadAsync(id, ct);
            return Page();
        }
        catch (DocumentDeletedException e)
        {
            return DeletedPage(e);
        }
        catch (Exception e) when (StoreWriteFailure.Describe(e) is { } why)
        {
            // Nothing was stored (one transaction); the form comes back with everything as the editor typed it.
            logger.LogError(e, "Saving {PublicId} failed in the store: {Why}", id, why);
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, StoreWriteFailure.Message(why));
            await LoadAsync(id, ct);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostPreviewAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return await MissingAsync(id, ct);
        if (Input.Validate(ModelState, options.Value.MaxSourceBytes) is not null)
            PreviewHtml = markdown.ToHtml(Input.Body);
        return Page();
    }

    public IActionResult OnPostPreviewFragment() => Content(markdown.ToHtml(Input.Body), "text/html; charset=utf-8");

    // The type is read as the text the list sends: bound as an enum, an unknown value became the first type and its
    // binding error was cleared with the document form's, so a tampered field silently added a translation.
    public Task<IActionResult> OnPostAddRelationAsync(string id, string? relationType, string? relationTarget, string? relationNote, CancellationToken ct)
    {
        SideFields = new Dictionary<string, string?> { ["relationType"] = relationType, ["relationTarget"] = relationTarget, ["relationNote"] = relationNote };
        return SideActionAsync(id, () => RelationChoices.FirstOrDefault(c => c.Type.ToString() == relationType) is { Label: not null } choice
            ? relations.AddAsync(id, relationTarget ?? "", choice.Type, relationNote, UserName, ct)
            : throw new EditorialException("Choose a relation type.", "relationType"), "Relation added.", ct);
    }

    public Task<IActionResult> OnPostRemoveRelationAsync(string id, int relationId, CancellationToken ct) =>
        SideActionAsync(id, () => relations.RemoveAsync(id, relationId, UserName, ct), "Relation removed.", ct);

    public Task<IActionResult> OnPostSourceChangeSeenAsync(string id, CancellationToken ct) =>
        SideActionAsync(id, () => sourceChanges.MarkSeenAsync(id, UserName, ct), "Your version stays; the source's change is marked as seen.", ct);

    public Task<IActionResult> OnPostWithdrawAsync(string id, string? withdrawReason, CancellationToken ct)
    {
        SideFields = new Dictionary<string, string?> { ["withdrawReason"] = withdrawReason };
        return SideActionAsync(id, () => lifecycle.WithdrawAsync(id, Version, withdrawReason ?? "", UserName, ct), "Withdrawn: the permalink now shows the reason and the text left search.", ct);
    }

    public Task<IActionResult> OnPostReinstateAsync(string id, CancellationToken ct) =>
        SideActionAsync(id, () => lifecycle.ReinstateAsync(id, Version, UserName, ct), "Reinstated: published and searchable again.", ct);

    public async Task<IActionResult> OnPostDeleteAsync(string id, string? deleteReason, bool deleteConfirm, CancellationToken ct)
    {
        if (!IsAdministrator) return Forbid();
        SideFields = new Dictionary<string, string?> { ["deleteReason"] = deleteReason };
        if (!deleteConfirm)
        {
            return await SideActionAsync(id, () => throw new EditorialException("Tick the box to confirm: deleting cannot be undone.", "deleteConfirm"), "", ct);
        }
        try
        {
            await lifecycle.DeleteAsync(id, deleteReason ?? "", UserName, ct);
        }
        catch (EditorialException e)
        {
            return await SideActionAsync(id, () => throw e, "", ct);
        }
        return Redirect("/admin?deleted=" + Uri.EscapeDataString(id));
    }

    // The side forms post their own fields: the document form's fields are reloaded from the store, not validated.
    private async Task<IActionResult> SideActionAsync(string id, Func<Task> action, string done, CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            await action();
            return Done(id, done);
        }
        catch (EditorialException e)
        {
            ModelState.AddModelError(e.Field ?? string.Empty, e.Message);
        }
        catch (EditConflictException e)
        {
            ModelState.AddModelError(string.Empty, e.Message + " Reload the page and try again.");
        }
        catch (DocumentDeletedException e)
        {
            return DeletedPage(e);
        }
        if (!await LoadAsync(id, ct)) return await MissingAsync(id, ct);
        Input = DocumentForm.From(Document);
        Version = Document.ConcurrencyVersion;
        return Page();
    }

    /// <summary>A form posted for a document that is no longer there: deleted meanwhile answers with the form as typed and
    /// what the tombstone says; an id that never was answers 404.</summary>
    private async Task<IActionResult> MissingAsync(string id, CancellationToken ct) =>
        await editor.MissingAsync(id, ct) is DocumentDeletedException deleted ? DeletedPage(deleted) : NotFound();

    private PageResult DeletedPage(DocumentDeletedException e)
    {
        db.ChangeTracker.Clear();
        Deleted = e.Tombstone;
        ModelState.AddModelError(string.Empty, e.Message + " Nothing was saved: your text is kept below so you can copy it.");
        return Page();
    }

    private RedirectResult Done(string id, string message)
    {
        Message = message;
        return Redirect($"/admin/documents/{id}/edit");
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        var d = await db.Documents.AsNoTracking()
            .WithAuthorsAndTags()
            .SingleOrDefaultAsync(x => x.PublicId == id, ct);
        if (d is null) return false;
        Document = d;
        Relations = await relationsQuery.ForAsync(id, ct);
        Removals = await db.IngestionRemovals.AsNoTracking().Where(r => r.DocumentId == d.Id).OrderBy(r => r.Ordinal).ToListAsync(ct);
        Provenance = await db.FieldProvenance.AsNoTracking().Where(p => p.DocumentId == d.Id).OrderBy(p => p.Field).ThenBy(p => p.Source).ToListAsync(ct);
        SourceChange = await sourceChanges.ForDocumentAsync(id, ct);
        return true;
    }
}
