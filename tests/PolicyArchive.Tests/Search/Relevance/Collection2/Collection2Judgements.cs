using System.Text.Json;

namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>A judged query of the second collection: what a researcher types, which kind of difficulty it tests, the
/// documents that answer it (judged by reading them), and why.</summary>
public sealed record Collection2Judgement(string Query, string Kind, IReadOnlyList<string> Relevant, string Note);

public static class Collection2Judgements
{
    /// <summary>The kinds of query, with the least number of queries each must have.</summary>
    public static IReadOnlyDictionary<string, int> Kinds { get; } = new Dictionary<string, int>
    {
        ["en-over-fr"] = 10,
        ["zh-over-fr"] = 10,
        ["en-over-zh"] = 10,
        ["en-over-ja"] = 1,
        ["fr-over-en"] = 3,
        ["fr-over-zh"] = 3,
        ["fr-no-accents"] = 10,
        ["fr-forms"] = 10,
        ["same-language"] = 10,
        ["author"] = 10,
        ["distractor"] = 10,
    };

    private sealed record Row(string? Query, string? Kind, string[]? Relevant, string? Note);

    private static readonly Lazy<IReadOnlyList<Collection2Judgement>> s_all = new(() => Load(Path.Combine(Collection2Corpus.Folder, "judgements.json")));

    /// <summary>A judgements file in this format: the second collection's, and those after it (JudgedCollection).</summary>
    public static IReadOnlyList<Collection2Judgement> Load(string path)
    {
        var rows = JsonSerializer.Deserialize<Row[]>(
            File.ReadAllText(path),
            new JsonSerializerOptions { PropertyNameCaseInsensitive = true }) ?? [];
        return rows.Select((r, i) => new Collection2Judgement(
            r.Query ?? throw new FormatException($"judgement {i}: no query"),
            r.Kind ?? throw new FormatException($"judgement {i}: no kind"),
            r.Relevant ?? throw new FormatException($"judgement {i}: no relevant list"),
            r.Note ?? "")).ToList();
    }

    public static IReadOnlyList<Collection2Judgement> All => s_all.Value;
}
