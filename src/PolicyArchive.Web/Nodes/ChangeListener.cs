using Npgsql;
using PolicyArchive.Core.Indexing;
using PolicyArchive.Migrations.PostgreSQL;

namespace PolicyArchive.Web.Nodes;

/// <summary>LISTENs on the channel every change-log insert notifies at its commit (any node, the import command) and wakes
/// this node's indexer at once. The indexer's poll stays the fallback: a notification lost while the connection was down
/// only delays a change until the next poll, and every reconnect wakes the indexer once to read what it may have missed.</summary>
public sealed class ChangeListener(NodeConnections connections, ArchiveChanges changes, ILogger<ChangeListener> logger) : BackgroundService
{
    private static readonly TimeSpan s_retry = TimeSpan.FromSeconds(2);

    /// <summary>True while the LISTEN session is up (reported by /healthz).</summary>
    public bool IsListening { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var failing = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await connections.OpenAsync(stoppingToken);
                connection.Notification += (_, _) => changes.Wake();
                await using (var listen = new NpgsqlCommand($"LISTEN {PostgresStore.ChangeChannel}", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                IsListening = true;
                if (failing) logger.LogInformation("Listening for changes again");
                failing = false;
                changes.Wake();
                while (!stoppingToken.IsCancellationRequested) await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is NpgsqlException or System.IO.IOException or InvalidOperationException)
            {
                if (!failing) logger.LogWarning(ex, "Lost the change notifications from PostgreSQL; polling until they are back");
                failing = true;
            }
            IsListening = false;
            try
            {
                await Task.Delay(s_retry, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        IsListening = false;
    }
}
