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

    /// <summary>The URL a reader should follow: the permalink pinned to the cited revision, so it keeps showing the
    /// text that was cited after the document is revised (the bare permalink always shows the latest).</summary>
    public Uri CitedUrl => new(Permalink + "?rev=" + Revision.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The anchor of the cited paragraph (see the document page's "cite this passage"), when one is cited.</summary>
    public string? PassageAnchor { get; init; }

    /// <summary>The beginning of the cited paragraph's text.</summary>
    public string? PassageExcerpt { get; init; }

    /// <summary>The revision URL with the paragraph's anchor, when a passage is cited.</summary>
    public Uri? PassageUrl => PassageAnchor is null ? null : new Uri(CitedUrl + "#" + PassageAnchor);

    /// <summary>What a citation's note says: the cited passage (with its URL) and the original source.</summary>
    public IReadOnlyList<string> Notes
    {
        get
        {
            var notes = new List<string>();
            if (PassageUrl is { } passage)
                notes.Add("Passage: " + passage.AbsoluteUri + (PassageExcerpt is { Length: > 0 } e ? " (“" + e + "”)" : ""));
            if (SourceUrl is { Length: > 0 } source) notes.Add("Original source: " + source);
            return notes;
        }
    }

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
