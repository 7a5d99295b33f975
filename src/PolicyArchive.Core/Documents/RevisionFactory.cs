using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PolicyArchive.Core.Documents;

/// <summary>Takes a snapshot of a document as a new revision. What a revision says is never changed once written; a body
/// that is the document's own is kept in the document's row only (<see cref="RevisionBodies"/>).</summary>
public static class RevisionFactory
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static Revision Snapshot(Document d, string actor, string? note, string? changeSummary, DateTime at) => new()
    {
        Number = d.RevisionNumber,
        CreatedAt = at,
        CreatedBy = actor,
        Note = note,
        Title = d.Title,
        Body = d.Body,
        ContentSha256 = Sha256Hex(d.Body),
        MetadataJson = JsonSerializer.Serialize(RevisionMetadata.Of(d), Json),
        ChangeSummary = changeSummary,
    };

    public static string Sha256Hex(string text) => Sha256Hex(Encoding.UTF8.GetBytes(text));

    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

/// <summary>The metadata carried by each revision, so an old citation shows the document as it was.</summary>
public sealed record RevisionMetadata(
    string? OriginalTitle,
    IReadOnlyList<string> Authors,
    string? Publication,
    string? PublishedDate,
    string Language,
    string? SourceUrl,
    IReadOnlyList<string> Tags)
{
    public static RevisionMetadata Of(Document d) => new(
        d.OriginalTitle,
        d.Authors.OrderBy(a => a.Position).Select(a => a.Name).ToList(),
        d.Publication,
        d.PublishedDate.ToIso(),
        d.Language,
        d.SourceUrl,
        d.Tags.Select(t => t.Tag.Name).Order(StringComparer.Ordinal).ToList());

    public static RevisionMetadata? Parse(string json) => JsonSerializer.Deserialize<RevisionMetadata>(json);
}
