using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Ingestion;

/// <summary>An extracted source with the editor's curation applied, and where each value came from.</summary>
public sealed record CuratedSource(
    ExtractedSource Source,
    IReadOnlyList<string> Tags,
    string? Notes,
    IReadOnlyList<CurationRelation> Relations,
    string? TranslationOf,
    IReadOnlyList<FieldProvenance> Provenance);

/// <summary>Applies curated values over extracted ones. Curated values win; both are kept as
/// <see cref="FieldProvenance"/> rows so the document page can say what was curated and what the extractor found.</summary>
public static class CurationMerger
{
    /// <summary>The curated rows alone. They depend only on the entry, so a source whose bytes and curation are unchanged
    /// is recognised without extracting it again.</summary>
    public static IReadOnlyList<FieldProvenance> CuratedRows(CurationEntry? curated) =>
        Merge(new ExtractedSource { Title = "", Body = "", Language = "" }, curated).Provenance;

    public static CuratedSource Merge(ExtractedSource extracted, CurationEntry? curated)
    {
        var provenance = new List<FieldProvenance>();
        void Record(string field, string? extractedValue, string? curatedValue)
        {
            if (!string.IsNullOrWhiteSpace(extractedValue))
            {
                provenance.Add(new FieldProvenance { Field = field, Source = FieldSource.Extracted, Value = extractedValue });
            }
            if (!string.IsNullOrWhiteSpace(curatedValue))
            {
                provenance.Add(new FieldProvenance { Field = field, Source = FieldSource.Curated, Value = curatedValue });
            }
        }

        var c = curated ?? new CurationEntry();
        var curatedDate = PartialDate.TryParseIso(c.Date, out var d) ? d : PartialDate.Unknown;
        var curatedAuthors = c.Authors is { Count: > 0 } ? c.Authors : null;
        var curatedTags = TagSet.Names(c.Tags ?? []).ToList();

        Record(DocumentFields.Title, extracted.Title, c.Title);
        Record(DocumentFields.OriginalTitle, extracted.OriginalTitle, c.OriginalTitle);
        Record(DocumentFields.Authors, Join(extracted.Authors), curatedAuthors is null ? null : Join(curatedAuthors));
        Record(DocumentFields.Publication, extracted.Publication, c.Publication);
        Record(DocumentFields.PublishedDate, extracted.PublishedDate.ToIso(), curatedDate.ToIso());
        Record(DocumentFields.SourceUrl, extracted.SourceUrl, c.SourceUrl);
        Record(DocumentFields.Language, extracted.Language, c.Language);
        Record(DocumentFields.Tags, null, curatedTags.Count > 0 ? Join(curatedTags) : null);

        var merged = extracted with
        {
            Title = Pick(c.Title, extracted.Title)!,
            OriginalTitle = Pick(c.OriginalTitle, extracted.OriginalTitle),
            Authors = curatedAuthors ?? extracted.Authors,
            Publication = Pick(c.Publication, extracted.Publication),
            PublishedDate = curatedDate.IsKnown ? curatedDate : extracted.PublishedDate,
            SourceUrl = Pick(c.SourceUrl, extracted.SourceUrl),
            Language = Pick(c.Language, extracted.Language)!,
        };
        return new CuratedSource(merged, curatedTags, c.Notes, c.Relations ?? [], c.TranslationOf, provenance);
    }

    private static string? Pick(string? curated, string? extracted) => string.IsNullOrWhiteSpace(curated) ? extracted : curated.Trim();

    // Authors and tags are stored in provenance as one value, one name per line (names can contain commas).
    private static string Join(IEnumerable<string> values) => string.Join('\n', values);
}
