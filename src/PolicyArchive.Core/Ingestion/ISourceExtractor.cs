namespace PolicyArchive.Core.Ingestion;

/// <summary>Turns one input (a seed file, an upload, a paste) into a clean, described source.</summary>
public interface ISourceExtractor
{
    /// <param name="content">The raw bytes as received.</param>
    /// <param name="fileName">The file name, used to pick the format (.txt, .md, .html, .docx); null for pasted text.</param>
    ExtractedSource Extract(ReadOnlySpan<byte> content, string? fileName);

    /// <summary>The same, stopping with <see cref="OperationCanceledException"/> when <paramref name="ct"/> is cancelled.</summary>
    ExtractedSource Extract(ReadOnlySpan<byte> content, string? fileName, CancellationToken ct) => Extract(content, fileName);
}
