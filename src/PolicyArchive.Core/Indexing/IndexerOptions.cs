namespace PolicyArchive.Core.Indexing;

/// <summary>The "Archive:Indexing" configuration section.</summary>
public sealed class IndexerOptions
{
    public const string Section = "Archive:Indexing";

    /// <summary>How often the change log is read when nothing in this process woke the indexer (writes by other processes).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long an editor's save waits for its change to be searchable before saying "searchable in a moment".</summary>
    public TimeSpan SaveWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Change-log entries applied per index commit.</summary>
    public int BatchEntries { get; set; } = 200;

    /// <summary>For tests of crashes: the indexer reads nothing while this is set, so the store runs ahead of the index.</summary>
    public bool Paused { get; set; }
}
