namespace PolicyArchive.Web.Api;

public sealed record TagDto(string Name, string Slug, int Documents, string Url);

public sealed record CollectionSummaryDto(string Slug, string Title, int Documents, DateTime UpdatedAt, string Url);

public sealed record CollectionDto(string Slug, string Title, string Introduction, DateTime CreatedAt, DateTime UpdatedAt, IReadOnlyList<DocumentSummaryDto> Documents);

public sealed record RelationDto(string Type, string Direction, string Id, string Title, string Url, string? Note);

public sealed record RevisionSummaryDto(int Number, DateTime CreatedAt, string CreatedBy, string? Note, string? ChangeSummary, string Title, string ContentSha256, string Url);

public sealed record RevisionDto(int Number, DateTime CreatedAt, string CreatedBy, string? Note, string? ChangeSummary, string Title, string Body, string ContentSha256, System.Text.Json.JsonElement Metadata);

