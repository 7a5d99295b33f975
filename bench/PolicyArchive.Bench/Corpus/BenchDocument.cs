using System.Text.Json.Serialization;

namespace PolicyArchive.Bench.Corpus;

/// <summary>One generated document, in the JSON Lines shape the archive's import path reads.</summary>
public sealed record BenchDocument(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("body")] string Body,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("authors")] IReadOnlyList<string> Authors,
    [property: JsonPropertyName("publication")] string Publication,
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("tags")] IReadOnlyList<string> Tags)
{
    /// <summary>Year of the (possibly partial) date; every generated date has at least a year.</summary>
    [JsonIgnore]
    public int Year => int.Parse(Date.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);
}
