using System.Text.Json;

using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Ingestion;

/// <summary>The curation file as loaded: the usable entries by file name, and a readable line for each problem.
/// A bad entry is left out (or its bad field dropped); the rest goes on.</summary>
public sealed record CurationLoadResult(IReadOnlyDictionary<string, CurationEntry> Entries, IReadOnlyList<string> Problems)
{
    /// <summary>No curation file: nothing curated, nothing wrong.</summary>
    public static CurationLoadResult None { get; } = new(new Dictionary<string, CurationEntry>(), []);
}

/// <summary>Loads seeds/curation.json: an object whose keys are source file names (relative to the folder the
/// file is in) and whose values are <see cref="CurationEntry"/> objects.</summary>
public static class CurationFile
{
    public const string FileName = "curation.json";

    private static readonly JsonSerializerOptions s_options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static CurationLoadResult Load(string path)
    {
        if (!File.Exists(path))
        {
            return new(new Dictionary<string, CurationEntry>(), [$"{path}: the curation file does not exist."]);
        }
        return Parse(File.ReadAllText(path), Path.GetDirectoryName(Path.GetFullPath(path))!, Path.GetFileName(path));
    }

    public static CurationLoadResult Parse(string json, string sourceDirectory, string displayName = FileName)
    {
        Dictionary<string, CurationEntry>? raw;
        try
        {
            raw = JsonSerializer.Deserialize<Dictionary<string, CurationEntry>>(json, s_options);
        }
        catch (JsonException e)
        {
            return new(new Dictionary<string, CurationEntry>(), [$"{displayName}: not valid JSON ({e.Message})."]);
        }

        var problems = new List<string>();
        var entries = new Dictionary<string, CurationEntry>(StringComparer.Ordinal);
        foreach (var (name, entry) in raw ?? [])
        {
            if (entry is null)
            {
                problems.Add($"{displayName}: entry \"{name}\" is empty.");
                continue;
            }
            if (name.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(name) || !File.Exists(Path.Combine(sourceDirectory, name)))
            {
                problems.Add($"{displayName}: entry \"{name}\" names a file that does not exist in {sourceDirectory}; the entry is skipped.");
                continue;
            }
            var clean = entry;
            if (entry.Date is not null && !PartialDate.TryParseIso(entry.Date, out _))
            {
                problems.Add($"{displayName}: entry \"{name}\": date \"{entry.Date}\" is not an ISO partial date (2025, 2025-05, 2025-05-09, --08-28); the date is ignored.");
                clean = clean with { Date = null };
            }
            if (entry.SourceUrl is not null && !Uri.TryCreate(entry.SourceUrl, UriKind.Absolute, out _))
            {
                problems.Add($"{displayName}: entry \"{name}\": sourceUrl \"{entry.SourceUrl}\" is not an absolute URL; it is ignored.");
                clean = clean with { SourceUrl = null };
            }
            var relations = new List<CurationRelation>();
            foreach (var relation in entry.Relations ?? [])
            {
                if (!TryParseRelationType(relation.Type, out _))
                {
                    problems.Add($"{displayName}: entry \"{name}\": relation type \"{relation.Type}\" is unknown (translationOf, respondsTo, commentaryOn, sameEventAs); the relation is ignored.");
                }
                else if (!File.Exists(Path.Combine(sourceDirectory, relation.Target)))
                {
                    problems.Add($"{displayName}: entry \"{name}\": relation target \"{relation.Target}\" does not exist; the relation is ignored.");
                }
                else
                {
                    relations.Add(relation);
                }
            }
            entries[name] = clean with { Relations = relations };
        }
        return new(entries, problems);
    }

    public static bool TryParseRelationType(string? type, out RelationType relationType)
    {
        relationType = default;
        return type is not null && Enum.TryParse(type, ignoreCase: true, out relationType) && Enum.IsDefined(relationType);
    }
}
