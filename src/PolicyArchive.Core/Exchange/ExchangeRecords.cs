using System.Text.Json.Serialization;

namespace PolicyArchive.Core.Exchange;

/// <summary>One line of the archive's JSON Lines exchange format. The "kind" property says which record it is.
/// Documents carry everything stored about them (revisions, provenance, removals, outgoing relations), keyed by
/// PublicId so an import keeps every permalink.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(DocumentRecord), "document")]
[JsonDerivedType(typeof(CollectionRecord), "collection")]
[JsonDerivedType(typeof(TombstoneRecord), "tombstone")]
[JsonDerivedType(typeof(SavedSearchRecord), "savedSearch")]
[JsonDerivedType(typeof(ConceptRecord), "concept")]
[JsonDerivedType(typeof(TagAliasRecord), "tagAlias")]
[JsonDerivedType(typeof(AlignmentRecord), "alignment")]
public abstract record ExchangeRecord
{
    /// <summary>Version of the format, so a later reader can tell old exports apart.</summary>
    public const int FormatVersion = 1;
}

public sealed record DocumentRecord : ExchangeRecord
{
    public required string PublicId { get; init; }
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public string? OriginalTitle { get; init; }
    public required string Body { get; init; }
    public required string Language { get; init; }
    public string? Publication { get; init; }
    public int? PublishedYear { get; init; }
    public int? PublishedMonth { get; init; }
    public int? PublishedDay { get; init; }
    public string? SourceUrl { get; init; }
    public DateTime? RetrievedAt { get; init; }
    public string? Origin { get; init; }
    public required string ContentSha256 { get; init; }
    public string? Notes { get; init; }
    public required string Status { get; init; }
    public string? WithdrawalReason { get; init; }
    public DateTime? WithdrawnAt { get; init; }
    public DateTime IngestedAt { get; init; }
    public DateTime UpdatedAt { get; init; }
    public int RevisionNumber { get; init; }
    public int ConcurrencyVersion { get; init; }

    /// <summary>The revision the last ingestion of the source wrote (null for a document added through the form).</summary>
    public int? IngestedRevision { get; init; }
    public IReadOnlyList<AuthorRecord> Authors { get; init; } = [];
    public IReadOnlyList<TagRecord> Tags { get; init; } = [];
    public IReadOnlyList<PassageRecord> Passages { get; init; } = [];
    public IReadOnlyList<ProvenanceRecord> Provenance { get; init; } = [];
    public IReadOnlyList<RemovalRecord> Removals { get; init; } = [];
    public IReadOnlyList<RevisionRecord> Revisions { get; init; } = [];
    public IReadOnlyList<RelationRecord> Relations { get; init; } = [];
}

public sealed record AuthorRecord(int Position, string Name, string Role);

public sealed record TagRecord(string Name, string Slug)
{
    /// <summary>The tag's label per interface language ("en" → "export controls"); absent when it has none.</summary>
    public IReadOnlyDictionary<string, string>? Labels { get; init; }
}

public sealed record PassageRecord(int Ordinal, int Start, int Length, string Language);

public sealed record ProvenanceRecord(string Field, string Source, string? Value);

public sealed record RemovalRecord(int Ordinal, string Reason, string Text);

public sealed record RevisionRecord(
    int Number, DateTime CreatedAt, string CreatedBy, string? Note, string Title, string Body,
    string ContentSha256, string MetadataJson, string? ChangeSummary);

/// <summary>An outgoing relation: this document is a translation of / responds to / comments on <see cref="To"/>.</summary>
public sealed record RelationRecord(string Type, string To, string? Note, DateTime CreatedAt);

public sealed record CollectionRecord : ExchangeRecord
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public string Introduction { get; init; } = "";
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; init; }
    public IReadOnlyList<CollectionItemRecord> Items { get; init; } = [];
}

public sealed record CollectionItemRecord(string Document, int Position);

public sealed record TombstoneRecord : ExchangeRecord
{
    public required string PublicId { get; init; }
    public required string Title { get; init; }
    public required string Reason { get; init; }
    public DateTime DeletedAt { get; init; }
    public required string DeletedBy { get; init; }
}

/// <summary>A search an editor saved under a name (only in the administrators' lossless backup).</summary>
public sealed record SavedSearchRecord : ExchangeRecord
{
    public required string Name { get; init; }
    public required string Query { get; init; }
    public required string CreatedBy { get; init; }
    public DateTime CreatedAt { get; init; }
}

/// <summary>A thesaurus concept as editors left it, so a restored archive keeps their edits, not the seed file's version.</summary>
public sealed record ConceptRecord : ExchangeRecord
{
    public required string Key { get; init; }
    public required string Label { get; init; }
    public string? Notes { get; init; }
    public IReadOnlyList<ConceptTermRecord> Terms { get; init; } = [];
}

public sealed record ConceptTermRecord(string Language, string Text);

/// <summary>An old tag address (after a rename or merge) and the slug of the tag it now leads to.</summary>
public sealed record TagAliasRecord : ExchangeRecord
{
    public required string Slug { get; init; }
    public required string Tag { get; init; }
}

/// <summary>An editor's correction of the paragraph alignment between a translation and its original.</summary>
public sealed record AlignmentRecord : ExchangeRecord
{
    public required string Translation { get; init; }
    public required string Original { get; init; }
    public required string Rows { get; init; }
    public DateTime UpdatedAt { get; init; }
    public required string UpdatedBy { get; init; }
}
