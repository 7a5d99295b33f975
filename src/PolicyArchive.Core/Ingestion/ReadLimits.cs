namespace PolicyArchive.Core.Ingestion;

/// <summary>What reading one file may cost: the bytes a compressed format (.docx) may expand to, the characters of text
/// it may give, and the time it may take. Over any of them the file is refused with a reason; the others go on.</summary>
public sealed record ReadLimits
{
    public static readonly ReadLimits Default = For(5 * 1024 * 1024);

    /// <summary>Total uncompressed size of every part of a .docx package.</summary>
    public long MaxDecompressedBytes { get; init; }

    /// <summary>Characters of text a file may give (a small .docx can hold megabytes of repeated text).</summary>
    public long MaxTextChars { get; init; }

    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Limits derived from the archive's largest accepted source: its text as long, its package ten times as large.</summary>
    public static ReadLimits For(long maxSourceBytes, TimeSpan? timeBudget = null) => new()
    {
        MaxDecompressedBytes = Math.Max(1024 * 1024, maxSourceBytes * 10),
        MaxTextChars = maxSourceBytes,
        TimeBudget = timeBudget ?? TimeSpan.FromSeconds(30),
    };
}
