using Npgsql;

namespace PolicyArchive.Web.Nodes;

/// <summary>A PostgreSQL session-level advisory lock on a connection of its own, held for the start-up steps. Released when
/// disposed, or by PostgreSQL when the node dies holding it (the session ends), so a crashed node never blocks the others.</summary>
public sealed class PostgresStartupLock(NodeConnections connections) : IStartupLock
{
    // Any fixed number: the lock's name among the archive's sessions ("PA" "start" in ASCII).
    private const long LockKey = 0x5041_7374_6172_74;

    public async Task<IAsyncDisposable> AcquireAsync(CancellationToken ct)
    {
        var connection = await connections.OpenAsync(ct);
        try
        {
            // Waits for the node ahead (its migrations and seeds); bounded, so a stuck lock holder is reported, not waited on forever.
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection) { CommandTimeout = 600 };
            command.Parameters.AddWithValue("key", LockKey);
            await command.ExecuteNonQueryAsync(ct);
            return new Held(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class Held(NpgsqlConnection connection) : IAsyncDisposable
    {
        private int _released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 1) return;
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                command.Parameters.AddWithValue("key", LockKey);
                await command.ExecuteNonQueryAsync();
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
            {
                // The session is gone, and its lock with it.
            }
            await connection.DisposeAsync();
        }
    }
}
