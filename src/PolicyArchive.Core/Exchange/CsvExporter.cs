using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Exchange;

/// <summary>One row per published document, for spreadsheets and data analysis. Lists are joined with "; ".
/// The JSON Lines export is the lossless one; this one is flat on purpose.</summary>
public sealed class CsvExporter(ArchiveDbContext db)
{
    private const int BatchSize = 500;

    public static readonly string[] Header =
    [
        "id", "url", "title", "originalTitle", "authors", "publication", "publishedDate", "datePrecision", "language",
        "sourceUrl", "retrievedAt", "contentSha256", "tags", "ingestedAt", "updatedAt", "revision", "body",
    ];

    // A title starting with "=" must not run as a formula when a researcher opens the file in a spreadsheet.
    private static CsvWriterOptions Options => new() { Injection = CsvInjection.Escape, WriteByteOrderMark = true };

    /// <summary>Given documents (loaded with authors and tags), in their order: a search's result set.</summary>
    public static async Task WriteAsync(Stream output, IEnumerable<Document> documents, Func<Document, string> permalink, CancellationToken ct = default)
    {
        await using var csv = CsvWriter.Create(output, Options, true);
        csv.WriteHeader(Header);
        foreach (var d in documents) await csv.WriteRecordAsync(CsvRow.Of(d, permalink(d)).Fields(), ct);
        await csv.FlushAsync(ct);
    }

    public async Task<int> ExportAsync(Stream output, Func<Document, string> permalink, CancellationToken ct = default)
    {
        await using var csv = CsvWriter.Create(output, Options, true);
        csv.WriteHeader(Header);
        var count = 0;
        var lastId = 0;
        while (true)
        {
            var batch = await db.Documents.AsNoTracking().Where(d => d.Status == DocumentStatus.Published && d.Id > lastId)
                .OrderBy(d => d.Id).Take(BatchSize)
                .WithAuthorsAndTags().AsSplitQuery().ToListAsync(ct);
            if (batch.Count == 0) break;
            foreach (var d in batch)
            {
                await csv.WriteRecordAsync(CsvRow.Of(d, permalink(d)).Fields(), ct);
                count++;
            }
            lastId = batch[^1].Id;
        }
        await csv.FlushAsync(ct);
        return count;
    }
}

public sealed record CsvRow(
    string Id, string Url, string Title, string? OriginalTitle, string Authors, string? Publication, string? PublishedDate,
    string DatePrecision, string Language, string? SourceUrl, string? RetrievedAt, string ContentSha256, string Tags,
    string IngestedAt, string UpdatedAt, int Revision, string Body)
{
    public static CsvRow Of(Document d, string url) => new(
        d.PublicId, url, d.Title, d.OriginalTitle,
        string.Join("; ", d.Authors.OrderBy(a => a.Position).Select(a => a.Name)),
        d.Publication, d.PublishedDate.ToIso(), d.PublishedDate.Precision.ToString(), d.Language, d.SourceUrl,
        d.RetrievedAt?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), d.ContentSha256,
        string.Join("; ", d.Tags.Select(t => t.Tag.Name).Order(StringComparer.Ordinal)),
        d.IngestedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        d.UpdatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), d.RevisionNumber, d.Body);

    public string[] Fields() =>
    [
        Id, Url, Title, OriginalTitle ?? "", Authors, Publication ?? "", PublishedDate ?? "", DatePrecision, Language,
        SourceUrl ?? "", RetrievedAt ?? "", ContentSha256, Tags, IngestedAt, UpdatedAt, Revision.ToString(CultureInfo.InvariantCulture), Body,
    ];
}
