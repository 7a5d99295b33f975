using System.Text.Json;
using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Citations;

/// <summary>What every citation format needs to know about one document at one revision. Built from the stored
/// document (the latest state) or from a revision, so a citation names exactly the text it was made from.</summary>
public sealed record CitationRecord(
    string PublicId,
    string Title,
    string? OriginalTitle,
    IReadOnlyList<string> Authors,
    string? Publication,
    PartialDate Date,
    string Language,
    Uri Permalink,
    string? SourceUrl,
    DateTime? RetrievedAt,
    int Revision,
    bool IsLatestRevision,
    DateTime RevisedAt,
    IReadOnlyList<string> Tags,
    string ContentSha256)
{
    public const string ArchiveName = "PolicyArchive";

    /// <summary>A stable key for BibTeX and CSL-JSON: the permalink id, which never changes.</summary>
    public string Key => "pa-" + PublicId + (IsLatestRevision ? "" : "-r" + Revision.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The URL a reader should follow: the permalink, pinned to the revision when the citation is of an older one.</summary>
    public Uri CitedUrl => IsLatestRevision
        ? Permalink
        : new Uri(Permalink + "?rev=" + Revision.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static CitationRecord FromDocument(Document d, Uri permalink) => new(
        d.PublicId,
        d.Title,
        d.OriginalTitle,
        d.Authors.OrderBy(a => a.Position).Select(a => a.Name).ToList(),
        d.Publication,
        d.PublishedDate,
        d.Language,
        permalink,
        d.SourceUrl,
        d.RetrievedAt,
        d.RevisionNumber,
        IsLatestRevision: true,
        d.UpdatedAt,
        d.Tags.Select(t => t.Tag.Name).Order(StringComparer.Ordinal).ToList(),
        d.ContentSha256);

    /// <summary>The document as it was at <paramref name="revision"/>, from the metadata that revision carries.</summary>
    public static CitationRecord FromRevision(Document d, Revision revision, Uri permalink)
    {
        RevisionMetadata? meta = null;
        try
        {
            meta = RevisionMetadata.Parse(revision.MetadataJson);
        }
        catch (JsonException)
        {
            // A revision with unreadable metadata still cites its title and text; the rest falls back to nothing.
        }
        PartialDate.TryParseIso(meta?.PublishedDate, out var date);
        return new CitationRecord(
            d.PublicId,
            revision.Title,
            meta?.OriginalTitle,
            meta?.Authors ?? [],
            meta?.Publication,
            date,
            meta?.Language ?? d.Language,
            permalink,
            meta?.SourceUrl,
            d.RetrievedAt,
            revision.Number,
            revision.Number == d.RevisionNumber,
            revision.CreatedAt,
            meta?.Tags ?? [],
            revision.ContentSha256);
    }
}
