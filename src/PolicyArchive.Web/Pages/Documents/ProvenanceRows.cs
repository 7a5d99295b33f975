using PolicyArchive.Core.Documents;

namespace PolicyArchive.Web.Pages.Documents;

/// <summary>What the extractor found for a field, next to the value shown.</summary>
public enum FoundInText { SameAsShown, Different, NothingFound }

/// <summary>For each described field, the value shown, where it comes from (an editor's entry, the curation file, or the
/// text itself) and what the extractor found — the same value, another one, or nothing — so a reader can tell curated
/// facts from extracted ones.</summary>
public sealed record ProvenanceRow(string Field, FieldSource ShownFrom, string? ShownValue, FoundInText Found, string? ExtractedValue)
{
    private static readonly string[] Order =
        [DocumentFields.Title, DocumentFields.OriginalTitle, DocumentFields.Authors, DocumentFields.Publication, DocumentFields.PublishedDate, DocumentFields.SourceUrl, DocumentFields.Language];

    public static IReadOnlyList<ProvenanceRow> Of(IEnumerable<FieldProvenance> rows)
    {
        var byField = rows.GroupBy(r => r.Field).ToDictionary(g => g.Key, g => g.ToList());
        var result = new List<ProvenanceRow>();
        foreach (var field in Order)
        {
            if (!byField.TryGetValue(field, out var values)) continue;
            var shown = values.OrderByDescending(v => v.Source switch { FieldSource.Entered => 2, FieldSource.Curated => 1, _ => 0 }).First();
            var extracted = values.FirstOrDefault(v => v.Source == FieldSource.Extracted)?.Value;
            var found = string.IsNullOrWhiteSpace(extracted) ? FoundInText.NothingFound
                : extracted == shown.Value ? FoundInText.SameAsShown
                : FoundInText.Different;
            result.Add(new ProvenanceRow(field, shown.Source, shown.Value, found, found == FoundInText.Different ? extracted : null));
        }
        return result;
    }

    public string FieldLabel => Field switch
    {
        DocumentFields.Title => "Title",
        DocumentFields.OriginalTitle => "Original title",
        DocumentFields.Authors => "Authors",
        DocumentFields.Publication => "Publication",
        DocumentFields.PublishedDate => "Date",
        DocumentFields.SourceUrl => "Original source",
        _ => "Language",
    };

    public string SourceLabel => ShownFrom switch
    {
        FieldSource.Entered => "entered by an editor",
        FieldSource.Curated => "from the archive's curation",
        _ => "extracted from the text",
    };

    public string FoundLabel => Found switch
    {
        FoundInText.SameAsShown => "the same value",
        FoundInText.NothingFound => "nothing found",
        _ => "",
    };
}
