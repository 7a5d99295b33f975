namespace PolicyArchive.Web.Nodes;

/// <summary>Held by a node while it migrates the store and ingests the seeds, so that several nodes starting together do
/// each only once: the first migrates and ingests, the others wait and then find nothing left to do.</summary>
public interface IStartupLock
{
    Task<IAsyncDisposable> AcquireAsync(CancellationToken ct);
}

/// <summary>SQLite: one process owns the file; nothing to coordinate.</summary>
public sealed class NoStartupLock : IStartupLock
{
    public Task<IAsyncDisposable> AcquireAsync(CancellationToken ct) => Task.FromResult<IAsyncDisposable>(new Released());

    private sealed class Released : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
