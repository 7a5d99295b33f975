namespace PolicyArchive.Core.Ingestion;

/// <summary>An input the archive will not take (empty, binary, unreadable encoding, unknown format).
/// <see cref="Reason"/> is written for the person who supplied the file.</summary>
public sealed class IngestionRejectedException : Exception
{
    public IngestionRejectedException(string reason)
        : base(reason)
    {
        Reason = reason;
    }

    public IngestionRejectedException(string reason, Exception inner)
        : base(reason, inner)
    {
        Reason = reason;
    }

    public string Reason { get; }
}
