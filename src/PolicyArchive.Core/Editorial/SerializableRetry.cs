using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Editorial;

/// <summary>The one rule for a serializable write that PostgreSQL refused because another transaction ran beside it
/// (40001, or a deadlock): nothing of it was kept, so it is made again from the start, a few times, a little later each
/// time. On SQLite, whose transaction takes the write lock at its start, it never comes up.</summary>
public static class SerializableRetry
{
    public const int Attempts = 5;

    /// <summary>Runs <paramref name="write"/> (which opens and commits its own transaction) until it is not refused so, or
    /// <see cref="Attempts"/> times; <paramref name="db"/> forgets what a failed attempt had tracked and saved.</summary>
    public static async Task<T> RunAsync<T>(ArchiveDbContext db, Func<Task<T>> write, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var saved = db.SavedChange;
            try
            {
                return await write();
            }
            catch (Exception e)
            {
                // The attempt's transaction was rolled back: its change-log entry was never committed, so the request has
                // nothing of it to wait for (a refused retry once waited for it and said "Saved…" on the refused form).
                db.SavedChange = saved;
                if (attempt >= Attempts || !StoreWriteFailure.IsSerializationFailure(e)) throw;
                db.ChangeTracker.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt), ct);
            }
        }
    }
}
