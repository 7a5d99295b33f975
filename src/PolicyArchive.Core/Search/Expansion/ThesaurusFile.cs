using System.Text.Json;
using System.Text.Json.Serialization;

using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Thesaurus;

namespace PolicyArchive.Core.Search.Expansion;

/// <summary>Reads the thesaurus seed file (seeds/thesaurus.json): concepts with their terms per language.
/// A file it cannot read gives a message naming the problem, and no concepts.</summary>
public static class ThesaurusFile
{
    public sealed record LoadResult(IReadOnlyList<ThesaurusConcept> Concepts, IReadOnlyList<string> Errors);

    private sealed record FileModel(
        [property: JsonPropertyName("concepts")] List<ConceptModel>? Concepts);

    private sealed record ConceptModel(
        [property: JsonPropertyName("key")] string? Key,
        [property: JsonPropertyName("label")] string? Label,
        [property: JsonPropertyName("notes")] string? Notes,
        [property: JsonPropertyName("terms")] Dictionary<string, List<string>>? Terms);

    private static readonly JsonSerializerOptions s_options = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static LoadResult Load(string path)
    {
        if (!File.Exists(path)) return new LoadResult([], [$"Thesaurus file {path} does not exist."]);
        return Parse(File.ReadAllText(path), path);
    }

    public static LoadResult Parse(string json, string name = "thesaurus")
    {
        FileModel? model;
        try
        {
            model = JsonSerializer.Deserialize<FileModel>(json, s_options);
        }
        catch (JsonException e)
        {
            return new LoadResult([], [$"{name}: not valid JSON ({e.Message})."]);
        }
        var errors = new List<string>();
        var concepts = new List<ThesaurusConcept>();
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (c, index) in (model?.Concepts ?? []).Select((c, i) => (c, i)))
        {
            // The label is read as the store keeps it: "\u200B \u0001" passed IsNullOrWhiteSpace and showed nothing.
            if (string.IsNullOrWhiteSpace(c.Key) || ArchiveText.IsBlank(c.Label))
            {
                errors.Add($"{name}: concept #{index + 1} needs a key and a label; it was skipped.");
                continue;
            }
            if (!keys.Add(c.Key))
            {
                errors.Add($"{name}: concept key “{c.Key}” appears twice; the second was skipped.");
                continue;
            }
            var concept = new ThesaurusConcept { Key = c.Key.Trim(), Label = c.Label.Trim(), Notes = c.Notes };
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (language, texts) in c.Terms ?? [])
            {
                foreach (var text in texts.Select(t => t.Trim()).Where(t => t.Length > 0))
                {
                    if (seen.Add(text)) concept.Terms.Add(new ThesaurusTerm { Text = text, Language = language });
                }
            }
            if (concept.Terms.Count == 0)
            {
                errors.Add($"{name}: concept “{c.Key}” has no terms; it was skipped.");
                continue;
            }
            concepts.Add(concept);
        }
        if (model?.Concepts is null) errors.Add($"{name}: no \"concepts\" list found.");
        return new LoadResult(concepts, errors);
    }
}
