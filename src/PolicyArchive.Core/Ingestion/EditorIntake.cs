using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Editorial;

namespace PolicyArchive.Core.Ingestion;

/// <summary>The admin form's way into the ingestion pipeline. A pasted text goes through the same text stages as an
/// imported file (cleaning with reasons, metadata, language per passage); an uploaded file has been through all of them
/// when it filled the form. The editor's form values are then curation over that extraction: a field the editor set wins
/// and is recorded as entered, any other keeps the extracted value and is recorded as extracted.</summary>
public static class EditorIntake
{
    /// <summary>A pasted text is Markdown or plain text, already decoded: the pipeline from the cleaning stage on.</summary>
    /// <param name="title">The title the editor gave. A first line the cleaner takes for the title stays in the text unless
    /// it is that title: the editor named the document, so a different first line is their text, not a heading to move.</param>
    public static ExtractedSource FromPaste(string text, string? title = null)
    {
        var extracted = SourceExtractor.FromText(new FormatReading(text, IsMarkdown: true), SourceFormat.Markdown);
        var titleLine = extracted.Removals.FirstOrDefault(r => r.Reason == RemovalReasons.TitleLine);
        if (title is null || titleLine is null || TitleKey(titleLine.Text) == TitleKey(title)) return extracted;
        var body = titleLine.Text + "\n\n" + extracted.Body;
        return extracted with { Body = body, Removals = extracted.Removals.Where(r => !ReferenceEquals(r, titleLine)).ToList(), Passages = Passages(body) };
    }

    private static string TitleKey(string line) =>
        string.Join(' ', line.Trim().TrimStart('#').Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', ':', '。', '：').ToLowerInvariant();

    /// <summary>Runs of a body by language, as the pipeline segments an extracted body; used again whenever an editor changes a body.</summary>
    public static IReadOnlyList<PassageSpan> Passages(string body) =>
        PassageSegmenter.Segment(body, LanguageIdentifier.Identify(body));

    /// <summary>A document whose values are all given by the editor, with nothing extracted.</summary>
    public static CuratedSource Given(DocumentDraft draft) =>
        Merge(new ExtractedSource { Title = "", Body = "", Language = "" }, draft, FieldsGiven(draft), bodyEdited: true);

    /// <summary>The fields a draft gives a value for (title and language always).</summary>
    public static IReadOnlySet<string> FieldsGiven(DocumentDraft draft)
    {
        var fields = new HashSet<string>(StringComparer.Ordinal) { DocumentFields.Title, DocumentFields.Language };
        if (draft.Authors.Count > 0) fields.Add(DocumentFields.Authors);
        if (!string.IsNullOrWhiteSpace(draft.Publication)) fields.Add(DocumentFields.Publication);
        if (draft.PublishedDate.IsKnown) fields.Add(DocumentFields.PublishedDate);
        if (!string.IsNullOrWhiteSpace(draft.SourceUrl)) fields.Add(DocumentFields.SourceUrl);
        return fields;
    }

    /// <param name="editorFields">The <see cref="DocumentFields"/> the editor set (typed, or changed from what the file gave).</param>
    /// <param name="bodyEdited">True when the body is the editor's rather than the extracted one: it is segmented again.</param>
    public static CuratedSource Merge(ExtractedSource extracted, DocumentDraft draft, IReadOnlySet<string> editorFields, bool bodyEdited)
    {
        var provenance = new List<FieldProvenance>();
        T Pick<T>(string field, T extractedValue, T enteredValue, Func<T, string?> text)
        {
            var fromText = text(extractedValue);
            if (!string.IsNullOrWhiteSpace(fromText))
                provenance.Add(new FieldProvenance { Field = field, Source = FieldSource.Extracted, Value = fromText });
            if (!editorFields.Contains(field)) return extractedValue;
            // A field the editor emptied is theirs too: recorded as entered with no value, so the page does not claim the extracted one.
            provenance.Add(new FieldProvenance { Field = field, Source = FieldSource.Entered, Value = NullIfBlank(text(enteredValue)) });
            return enteredValue;
        }

        var title = Pick(DocumentFields.Title, extracted.Title, draft.Title, v => v);
        var authors = Pick(DocumentFields.Authors, extracted.Authors, draft.Authors, Join);
        var publication = Pick(DocumentFields.Publication, extracted.Publication, draft.Publication, v => v);
        var date = Pick(DocumentFields.PublishedDate, extracted.PublishedDate, draft.PublishedDate, v => v.ToIso());
        var url = Pick(DocumentFields.SourceUrl, extracted.SourceUrl, draft.SourceUrl, v => v);
        var language = Pick(DocumentFields.Language, extracted.Language, draft.Language, v => v);
        var tags = TagSet.Names(draft.Tags).ToList();
        if (tags.Count > 0)
            provenance.Add(new FieldProvenance { Field = DocumentFields.Tags, Source = FieldSource.Entered, Value = Join(tags) });

        var body = bodyEdited ? draft.Body : extracted.Body;
        var merged = extracted with
        {
            Title = title.Trim(),
            Authors = authors,
            Publication = publication,
            PublishedDate = date,
            SourceUrl = url,
            Language = language,
            Body = body,
            Passages = bodyEdited || extracted.Passages.Count == 0 ? Passages(body) : extracted.Passages,
            OriginalTitle = draft.OriginalTitle ?? extracted.OriginalTitle,
        };
        return new CuratedSource(merged, tags, draft.Notes, [], null, provenance);
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // Authors and tags are kept one name per line in provenance, as the import's curation records them.
    private static string Join(IEnumerable<string> values) => string.Join('\n', values);
}
