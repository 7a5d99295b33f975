using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Nodes;

/// <summary>Three real nodes on one private PostgreSQL server (started for this fixture alone, so the tests may restart it),
/// behind Debian's nginx configured by deploy/nginx.conf where nginx is installed.</summary>
public sealed class NodeCluster : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pa-nodes-" + Guid.NewGuid().ToString("N")[..12]);
    private string _serverFolder = "";
    private readonly List<NodeProcess> _nodes = [];

    public string ConnectionString { get; private set; } = "";
    public IReadOnlyList<NodeProcess> Nodes => _nodes;

    /// <summary>nginx in front of the three first nodes, or null where nginx is not installed.</summary>
    public NginxFront? Front { get; private set; }

    /// <summary>What the store and the nodes' logs held once the three nodes, started together on an empty database, were ready.</summary>
    public StartState AtStart { get; private set; } = new(0, [], []);

    public async Task InitializeAsync()
    {
        var server = TestPostgres.PrivateServer.Start(out _serverFolder);
        ConnectionString = await TestPostgres.CreateDatabaseAsync(server, "archive");
        // Started together on an empty database: they take turns on the start-up lock; one migrates and ingests the seeds.
        foreach (var name in new[] { "a", "b", "c" }) _nodes.Add(NewNode(name));
        foreach (var node in _nodes) node.Start();
        foreach (var node in _nodes) await node.WaitReadyAsync();
        AtStart = new(await CountAsync("SELECT count(*) FROM \"Documents\""), await MigrationsAsync(),
            _nodes.Select(n => File.ReadAllText(n.LogFile)).ToList());
        Front = NginxFront.StartIfInstalled(Path.Combine(_folder, "nginx"), _nodes);
    }

    public NodeProcess NewNode(string name) => new(name, ConnectionString, Path.Combine(_folder, name));

    public void StopPostgres() => TestPostgres.PrivateServer.Halt(_serverFolder);

    public void StartPostgres()
    {
        TestPostgres.PrivateServer.Resume(_serverFolder);
        // The test's own pooled connections were cut by the restart (the nodes' pools are the nodes' business).
        NpgsqlConnection.ClearAllPools();
    }

    public async Task<long> StoreCountAsync(string titleWord) =>
        await CountAsync("SELECT count(*) FROM \"Documents\" WHERE \"Title\" LIKE @w", ("w", "%" + titleWord + "%"));

    private async Task<long> CountAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) count.Parameters.AddWithValue(name, value);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private async Task<List<string>> MigrationsAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var read = new NpgsqlCommand("SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY \"MigrationId\"", connection);
        await using var rows = await read.ExecuteReaderAsync();
        var ids = new List<string>();
        while (await rows.ReadAsync()) ids.Add(rows.GetString(0));
        return ids;
    }

    /// <summary>How many documents the node's own index finds for a word (the search API answers from the node's index).</summary>
    public static async Task<int> SearchTotalAsync(NodeProcess node, string word)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var answer = await http.GetFromJsonAsync<JsonElement>($"{node.BaseUrl}/api/search?q={Uri.EscapeDataString(word)}&pageSize=1");
        return answer.GetProperty("total").GetInt32();
    }

    /// <summary>Polls until the node finds <paramref name="expected"/> documents; returns how long that took, or null if never within the bound.</summary>
    public static async Task<TimeSpan?> WaitForTotalAsync(NodeProcess node, string word, long expected, TimeSpan bound)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        while (started.Elapsed < bound)
        {
            try
            {
                if (await SearchTotalAsync(node, word) == expected) return started.Elapsed;
            }
            catch (HttpRequestException)
            {
                // Restarting.
            }
            await Task.Delay(20);
        }
        return null;
    }

    public Task DisposeAsync()
    {
        Front?.Dispose();
        foreach (var node in _nodes) node.Dispose();
        try { TestPostgres.PrivateServer.Stop(_serverFolder); } catch (InvalidOperationException) { }
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }

    public sealed record StartState(long Documents, IReadOnlyList<string> Migrations, IReadOnlyList<string> NodeLogs);
}
