namespace PolicyArchive.Core.Ingestion;

/// <summary>What an editor wrote about one source file in seeds/curation.json. Every field is optional:
/// an empty field means "not known", never "remove".</summary>
public sealed record CurationEntry
{
    public string? Title { get; init; }
    public string? OriginalTitle { get; init; }
    public IReadOnlyList<string>? Authors { get; init; }
    public string? Publication { get; init; }

    /// <summary>ISO partial date: "2025", "2025-05", "2025-05-09" or "--08-28".</summary>
    public string? Date { get; init; }

    public string? SourceUrl { get; init; }
    public string? Language { get; init; }
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>Another curated file name, or the title of an external original.</summary>
    public string? TranslationOf { get; init; }

    public IReadOnlyList<CurationRelation>? Relations { get; init; }
    public string? Notes { get; init; }
}

/// <summary>A typed link to another file: "translationOf", "respondsTo", "commentaryOn" or "sameEventAs".</summary>
public sealed record CurationRelation(string Type, string Target, string? Note = null);
