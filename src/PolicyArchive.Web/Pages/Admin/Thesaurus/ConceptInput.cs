using PolicyArchive.Core.Thesaurus;

namespace PolicyArchive.Web.Pages.Admin.Thesaurus;

/// <summary>The concept form's fields; the rules live in <see cref="ThesaurusEditor"/>, which names the field of each message.</summary>
public sealed class ConceptInput
{
    public string? Label { get; set; }
    public string? Key { get; set; }
    public string? Notes { get; set; }
    public string? Terms { get; set; }

    /// <summary>On the edit form, the concept's <see cref="ThesaurusEditor.StampOf"/> when the form was made, posted back unchanged.</summary>
    public string? Stamp { get; set; }

    public ThesaurusDraft ToDraft() => new(Label, Key, Notes, Terms);

    public static ConceptInput From(ThesaurusConcept c) =>
        new() { Label = c.Label, Key = c.Key, Notes = c.Notes, Terms = ThesaurusTermLines.Format(c.Terms.OrderBy(t => t.Id)), Stamp = ThesaurusEditor.StampOf(c) };

    /// <summary>Puts each of the editor's messages next to its field of the form.</summary>
    public static void AddErrors(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, ThesaurusDraftException e)
    {
        foreach (var (field, message) in e.Errors)
            state.AddModelError(field switch
            {
                "label" => "Input.Label",
                "key" => "Input.Key",
                "notes" => "Input.Notes",
                "terms" => "Input.Terms",
                _ => string.Empty,
            }, message);
    }
}
