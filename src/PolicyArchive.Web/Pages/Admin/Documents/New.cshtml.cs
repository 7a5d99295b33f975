using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Duplicates;
using PolicyArchive.Core.Editorial;
using PolicyArchive.Core.Ingestion;
using PolicyArchive.Web.Api;
using PolicyArchive.Web.Infrastructure;

namespace PolicyArchive.Web.Pages.Admin.Documents;

/// <summary>Add a source: paste it, or upload a file that the ingestion extractor reads to fill the form for the editor to confirm.
/// Both go through the import's pipeline (<see cref="EditorIntake"/>): cleaning with reasons, metadata, language per passage,
/// and the MinHash near-duplicate check. A possible duplicate is shown before anything is saved, and saving it needs an
/// explicit "save anyway", which flags the pair for the duplicates page as an import would.</summary>
[RequestSizeLimit(UploadLimits.TransportBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.TransportBytes, ValueLengthLimit = UploadLimits.FormValueBytes)]
public sealed class NewModel(
    DocumentEditor editor,
    NearDuplicateFinder duplicates,
    ISourceExtractor extractor,
    MarkdownRenderer markdown,
    IOptions<ArchiveOptions> options,
    ILogger<NewModel> logger) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [BindProperty]
    public DocumentForm Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>Carried in hidden fields from the upload to the save, so the stored document records what the extractor found.</summary>
    [BindProperty]
    public UploadContext FromUpload { get; set; } = new();

    [BindProperty]
    public bool SaveAnyway { get; set; }

    /// <summary>The documents the duplicate warning listed, carried in hidden fields to the "save anyway".</summary>
    [BindProperty]
    public List<string> SavedBeside { get; set; } = [];

    public string? PreviewHtml { get; private set; }
    public IReadOnlyList<PossibleDuplicate> Duplicates { get; private set; } = [];
    public string? Message { get; private set; }

    private long MaxBytes => options.Value.MaxSourceBytes;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken ct)
    {
        // The form fields below the file are for confirming what the file gives, so only the file is checked here.
        ModelState.Clear();
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), IngestionMessages.ChooseFile);
            return Page();
        }
        var name = Path.GetFileName(Upload.FileName);
        if (!UploadLimits.Extensions.Contains(Path.GetExtension(name).ToLowerInvariant()))
        {
            ModelState.AddModelError(nameof(Upload), IngestionMessages.Format(IngestionMessages.NotAReadableFile, name));
            return Page();
        }
        if (Upload.Length > MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), IngestionMessages.Format(IngestionMessages.FileTooLarge, name, Upload.Length / 1024, MaxBytes / 1024));
            return Page();
        }
        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        ExtractedSource extracted;
        try
        {
            // The request's token: a client that leaves stops the reading.
            extracted = extractor.Extract(bytes, name, ct);
        }
        catch (IngestionRejectedException e)
        {
            ModelState.AddModelError(nameof(Upload), IngestionMessages.CannotRead(name, e.Reason));
            return Page();
        }
        Input = DocumentForm.From(extracted);
        var sha = RevisionFactory.Sha256Hex(bytes);
        // The body travels in the form's text field; its hash tells at the save whether the editor changed it.
        FromUpload = new UploadContext
        {
            FileName = name,
            Sha256 = sha,
            BodySha256 = RevisionFactory.Sha256Hex(DocumentForm.NormalizeBody(extracted.Body)),
            ExtractedJson = JsonSerializer.Serialize(extracted with { Body = "", Passages = [] }, Json),
        };
        Message = $"Read \"{name}\". Check the title, authors, date and the other fields found in the file, then save.";
        Duplicates = await duplicates.FindAsync(extracted.Body, [sha], ct: ct);
        PreviewHtml = markdown.ToHtml(Input.Body);
        return Page();
    }

    public IActionResult OnPostPreview()
    {
        if (Input.Validate(ModelState, MaxBytes) is not null)
            PreviewHtml = markdown.ToHtml(Input.Body);
        return Page();
    }

    /// <summary>For the live-preview script: the rendered (sanitised) Markdown alone.</summary>
    public IActionResult OnPostPreviewFragment() =>
        Content(markdown.ToHtml(Input.Body?.Length > MaxBytes ? Input.Body[..(int)MaxBytes] : Input.Body), "text/html; charset=utf-8");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var draft = Input.Validate(ModelState, MaxBytes);
        if (draft is null) return Page();
        NewSource source;
        try
        {
            source = Intake(draft);
        }
        catch (IngestionRejectedException e)
        {
            ModelState.AddModelError("Input." + nameof(DocumentForm.Body), e.Reason);
            return Page();
        }
        Duplicates = await duplicates.FindAsync(source.Body, [source.ContentSha256], ct: ct);
        if (!SaveAnyway && Duplicates.Count > 0)
        {
            PreviewHtml = markdown.ToHtml(draft.Body);
            return Page();
        }
        try
        {
            // What makes two posts "the same submission": this very text is stored, in a document the editor was not shown.
            // "Save anyway" agrees to save beside the documents its warning listed (the warning lists every stored copy of
            // this text, found by hash in the store), so an exact copy outside that list was stored after the warning: by
            // this same form posted a moment earlier (a double click, a resubmit), or by someone else meanwhile (a copy the
            // editor never agreed to save beside either); the post lands on it. A new warning (a new form) lists it, so an
            // editor who does want a further copy can still save one. No token or time window to keep: the rule reads the
            // store inside the saving transaction, on any node.
            var beside = SaveAnyway ? SavedBeside : [];
            var document = await editor.CreateAsync(source, User.Identity?.Name ?? "editor", Input.Note, Duplicates, refuseExactCopy: true, beside, ct);
            return Redirect(DocumentUrls.Permalink(document));
        }
        catch (Exception e) when (StoreWriteFailure.Describe(e) is { } why)
        {
            // PostgreSQL refuses one of two identical saves made at once (serialization failure): the other's document is there.
            if (await editor.FindExactCopyAsync(source, SaveAnyway ? SavedBeside : [], ct) is { } existing) return Redirect(DocumentUrls.Permalink(existing));
            // Nothing was stored (one transaction); the form comes back with everything as the editor typed it.
            logger.LogError(e, "Adding a source failed in the store: {Why}", why);
            ModelState.AddModelError(string.Empty, StoreWriteFailure.Message(why));
            Duplicates = [];
            return Page();
        }
    }

    /// <summary>The pasted text through the pipeline, or the uploaded file's extraction with the editor's changes over it.</summary>
    private NewSource Intake(DocumentDraft draft)
    {
        if (FromUpload.ToUploadedSource(Json) is not { } uploaded)
        {
            var pasted = EditorIntake.FromPaste(draft.Body, draft.Title);
            return new NewSource(EditorIntake.Merge(pasted, draft, EditorIntake.FieldsGiven(draft), bodyEdited: false), RevisionFactory.Sha256Hex(draft.Body));
        }
        var prefilled = DocumentForm.From(uploaded.Extracted);
        var bodyEdited = RevisionFactory.Sha256Hex(draft.Body) != FromUpload.BodySha256;
        var curated = EditorIntake.Merge(uploaded.Extracted with { Body = draft.Body }, draft, Input.ChangedFrom(prefilled), bodyEdited);
        return new NewSource(curated, uploaded.ContentSha256, uploaded.FileName);
    }

    public sealed class UploadContext
    {
        public string? FileName { get; set; }
        public string? Sha256 { get; set; }
        public string? BodySha256 { get; set; }
        public string? ExtractedJson { get; set; }

        public UploadedSource? ToUploadedSource(JsonSerializerOptions json)
        {
            if (string.IsNullOrEmpty(FileName) || Sha256 is not { Length: 64 } || string.IsNullOrEmpty(ExtractedJson)) return null;
            try
            {
                return JsonSerializer.Deserialize<ExtractedSource>(ExtractedJson, json) is { } extracted
                    ? new UploadedSource(FileName, Sha256, extracted)
                    : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }
}
