using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Editorial;
using PolicyArchive.Core.Ingestion;
using PolicyArchive.Web.Api;
using PolicyArchive.Web.Infrastructure;

namespace PolicyArchive.Web.Pages.Admin.Documents;

/// <summary>Add a source: paste it, or upload a file that the ingestion extractor reads to fill the form for the editor to confirm.
/// A possible duplicate is shown before anything is saved, and saving it needs an explicit "save anyway".</summary>
[RequestSizeLimit(UploadLimits.TransportBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.TransportBytes, ValueLengthLimit = UploadLimits.FormValueBytes)]
public sealed class NewModel(
    DocumentEditor editor,
    DuplicateFinder duplicates,
    ISourceExtractor extractor,
    MarkdownRenderer markdown,
    IOptions<ArchiveOptions> options) : PageModel
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
            ModelState.AddModelError(nameof(Upload), "Choose a file to upload (.txt, .md, .html or .docx).");
            return Page();
        }
        var name = Path.GetFileName(Upload.FileName);
        if (!UploadLimits.Extensions.Contains(Path.GetExtension(name).ToLowerInvariant()))
        {
            ModelState.AddModelError(nameof(Upload), $"\"{name}\" is not a file the archive reads: use .txt, .md, .html or .docx.");
            return Page();
        }
        if (Upload.Length > MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), $"\"{name}\" is {Upload.Length / 1024} KiB; the limit is {MaxBytes / 1024} KiB. Nothing was saved.");
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
            ModelState.AddModelError(nameof(Upload), $"\"{name}\" cannot be read: {e.Message}");
            return Page();
        }
        Input = DocumentForm.From(extracted);
        var sha = RevisionFactory.Sha256Hex(bytes);
        FromUpload = new UploadContext { FileName = name, Sha256 = sha, ExtractedJson = JsonSerializer.Serialize(extracted with { Body = "" }, Json) };
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
        var uploaded = FromUpload.ToUploadedSource(Json);
        if (!SaveAnyway)
        {
            Duplicates = await duplicates.FindAsync(draft.Body, uploaded is null ? [] : [uploaded.ContentSha256], ct: ct);
            if (Duplicates.Count > 0)
            {
                PreviewHtml = markdown.ToHtml(draft.Body);
                return Page();
            }
        }
        var document = await editor.CreateAsync(draft, User.Identity?.Name ?? "editor", Input.Note, ct, uploaded);
        return Redirect(DocumentUrls.Permalink(document));
    }

    public sealed class UploadContext
    {
        public string? FileName { get; set; }
        public string? Sha256 { get; set; }
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
