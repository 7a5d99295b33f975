using Npgsql;

namespace PolicyArchive.Web.Nodes;

/// <summary>Connections of a node's own, outside EF's pool, for what must stay on one session: the change listener, the start-up lock.</summary>
public sealed class NodeConnections(string connectionString)
{
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken ct)
    {
        // Not pooled: a listening or locking session must end with the connection, not go back to a pool still holding its state.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 10 };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
