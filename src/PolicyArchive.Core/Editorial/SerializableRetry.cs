using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Editorial;

/// <summary>The one rule for a serializable write that PostgreSQL refused because another transaction ran beside it
/// (40001, or a deadlock): nothing of it was kept, so it is made again from the start, a few times, a little later each
/// time. On SQLite, whose transaction takes the write lock at its start, it never comes up.</summary>
public static class SerializableRetry
{
    public const int Attempts = 5;

    /// <summary>Runs <paramref name="write"/> (which opens and commits its own transaction) until it is not refused so, or
    /// <see cref="Attempts"/> times; <paramref name="db"/> forgets what a failed attempt had tracked. What it saved is not
    /// remembered as saved: its transaction never committed (<see cref="Store.CommittedChanges"/>).</summary>
    public static async Task<T> RunAsync<T>(ArchiveDbContext db, Func<Task<T>> write, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await write();
            }
            catch (Exception e) when (attempt < Attempts && StoreWriteFailure.IsSerializationFailure(e))
            {
                db.ChangeTracker.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt), ct);
            }
        }
    }
}
