using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Editorial;

namespace PolicyArchive.Web.Pages.Admin.Documents;

/// <summary>The editor's form for a document, and its server-side validation into a <see cref="DocumentDraft"/>.</summary>
public sealed class DocumentForm
{
    public static readonly (string Code, string Name)[] LanguageChoices =
        [.. ArchiveLanguages.Codes.Select(c => (c, CultureInfo.GetCultureInfo(c).EnglishName)), (ArchiveLanguages.Undetermined, "Other / unknown")];

    [Required(ErrorMessage = "Give the document a title.")]
    [StringLength(FieldLengths.Title, ErrorMessage = "The title is longer than {1} characters.")]
    public string Title { get; set; } = "";

    [StringLength(1000)]
    public string? Authors { get; set; }

    [StringLength(FieldLengths.Publication, ErrorMessage = "The publication has at most {1} characters.")]
    public string? Publication { get; set; }

    public string? Date { get; set; }

    [Required(ErrorMessage = "Choose the language of the text.")]
    public string Language { get; set; } = "fr";

    [StringLength(FieldLengths.SourceUrl, ErrorMessage = "The web address has at most {1} characters.")]
    public string? SourceUrl { get; set; }

    [StringLength(500)]
    public string? Tags { get; set; }

    [Required(ErrorMessage = "Paste the text of the document.")]
    public string Body { get; set; } = "";

    [StringLength(FieldLengths.Note, ErrorMessage = "A note has at most {1} characters.")]
    public string? Note { get; set; }

    public static DocumentForm From(Document d) => new()
    {
        Title = d.Title,
        Authors = string.Join("; ", d.Authors.OrderBy(a => a.Position).Select(a => a.Name)),
        Publication = d.Publication,
        Date = d.PublishedDate.ToIso(),
        Language = d.Language,
        SourceUrl = d.SourceUrl,
        Tags = string.Join(TagSet.Separator + " ", d.Tags.Select(t => t.Tag.Name).Order(StringComparer.CurrentCulture)),
        Body = d.Body,
    };

    public static DocumentForm From(Core.Ingestion.ExtractedSource s) => new()
    {
        Title = s.Title,
        Authors = string.Join("; ", s.Authors),
        Publication = s.Publication,
        Date = s.PublishedDate.ToIso(),
        Language = LanguageChoices.Any(l => l.Code == s.Language) ? s.Language : "und",
        SourceUrl = s.SourceUrl,
        Body = s.Body,
    };

    /// <summary>Adds a message next to each wrong field; returns the draft only when everything is right.</summary>
    public DocumentDraft? Validate(ModelStateDictionary state, long maxBodyBytes)
    {
        RemoveControlCharacters();
        var prefix = "Input.";
        if (!LanguageChoices.Any(l => l.Code == Language))
            state.AddModelError(prefix + nameof(Language), "Choose a language from the list.");
        var date = PartialDate.Unknown;
        if (!string.IsNullOrWhiteSpace(Date) && !PartialDate.TryParseIso(Date, out date))
            state.AddModelError(prefix + nameof(Date), "Write the date as 2025, 2025-05, 2025-05-09 or --08-28.");
        string? url = null;
        if (!string.IsNullOrWhiteSpace(SourceUrl))
        {
            if (Uri.TryCreate(SourceUrl.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
                url = uri.ToString();
            else
                state.AddModelError(prefix + nameof(SourceUrl), "Give a full web address starting with http:// or https://.");
            // The address as stored (normalised) may be longer than the one typed.
            if (url?.Length > FieldLengths.SourceUrl && state.GetFieldValidationState(prefix + nameof(SourceUrl)) != ModelValidationState.Invalid)
                state.AddModelError(prefix + nameof(SourceUrl), $"The web address has at most {FieldLengths.SourceUrl} characters.");
        }
        // Each author and each tag is a row of its own, with its own length.
        if (Split(Authors, ';').Any(a => a.Length > FieldLengths.AuthorName))
            state.AddModelError(prefix + nameof(Authors), $"Each author's name has at most {FieldLengths.AuthorName} characters; separate authors with semicolons.");
        if (Split(Tags, TagSet.Separator).Any(t => t.Length > FieldLengths.TagName))
            state.AddModelError(prefix + nameof(Tags), $"Each tag has at most {FieldLengths.TagName} characters; separate tags with commas.");
        if (Encoding.UTF8.GetByteCount(Body ?? "") > maxBodyBytes)
            state.AddModelError(prefix + nameof(Body), $"The text is larger than {maxBodyBytes / 1024} KiB. Split it or shorten it.");
        if (ArchiveText.IsBlank(Title) && state.GetFieldValidationState(prefix + nameof(Title)) != ModelValidationState.Invalid)
            state.AddModelError(prefix + nameof(Title), "Give the document a title.");
        if (!state.IsValid) return null;

        return new DocumentDraft(
            ArchiveText.Name(Title),
            NormalizeBody(Body),
            Language,
            Split(Authors, ';'),
            Blank(Publication),
            date,
            url,
            Split(Tags, TagSet.Separator));
    }

    /// <summary>The body as stored: one kind of line break, no control characters (<see cref="ArchiveText"/>), composed Unicode.
    /// Cleaned here rather than only by the store, so the passages and hashes made from it match the stored text.</summary>
    public static string NormalizeBody(string? body) =>
        ArchiveText.Clean((body ?? "").Replace("\r\n", "\n", StringComparison.Ordinal)).Normalize(NormalizationForm.FormC);

    /// <summary>What the store would remove anyway is removed from the form first: the checks below see the text as it will be
    /// stored, and a form sent back shows it so.</summary>
    private void RemoveControlCharacters()
    {
        Title = ArchiveText.Clean(Title ?? "");
        Authors = ArchiveText.Clean(Authors);
        Publication = ArchiveText.Clean(Publication);
        Date = ArchiveText.Clean(Date);
        SourceUrl = ArchiveText.Clean(SourceUrl);
        Tags = ArchiveText.Clean(Tags);
        Body = ArchiveText.Clean(Body ?? "");
        Note = ArchiveText.Clean(Note);
    }

    /// <summary>The metadata fields whose value differs from what the form was filled with (an upload's extraction): the ones the editor set.</summary>
    public IReadOnlySet<string> ChangedFrom(DocumentForm prefilled)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        void Compare(string field, string? now, string? before)
        {
            if (!string.Equals((now ?? "").Trim(), (before ?? "").Trim(), StringComparison.Ordinal)) changed.Add(field);
        }
        Compare(DocumentFields.Title, Title, prefilled.Title);
        Compare(DocumentFields.Authors, string.Join("; ", Split(Authors, ';')), string.Join("; ", Split(prefilled.Authors, ';')));
        Compare(DocumentFields.Publication, Publication, prefilled.Publication);
        Compare(DocumentFields.PublishedDate, Date, prefilled.Date);
        Compare(DocumentFields.Language, Language, prefilled.Language);
        Compare(DocumentFields.SourceUrl, SourceUrl, prefilled.SourceUrl);
        return changed;
    }

    // Each entry as the store keeps it; an entry that shows nothing ("a ;\u200b; b") is no author or tag.
    private static List<string> Split(string? text, char separator) =>
        ArchiveText.Names((text ?? "").Split(separator)).Distinct(StringComparer.Ordinal).ToList();

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
