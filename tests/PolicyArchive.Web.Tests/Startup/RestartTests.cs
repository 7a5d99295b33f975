using System.Net.Http.Json;
using System.Text.Json;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Startup;

public sealed class RestartTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "pa-tests", "restart-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_restart_does_not_duplicate_the_seeds()
    {
        var first = await SnapshotAsync();
        var second = await SnapshotAsync();

        Assert.Equal(5, first.Count);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task A_missing_index_is_rebuilt_from_the_store_at_start()
    {
        var before = await SnapshotAsync();
        Directory.Delete(Path.Combine(_dataDirectory, "index"), recursive: true);

        await using var factory = ArchiveAppFactory.OnDataDirectory(_dataDirectory);
        var client = factory.CreateClient();
        var search = await client.GetFromJsonAsync<JsonElement>("/api/search?q=Andreessen");

        Assert.Equal(1, search.GetProperty("total").GetInt32());
        Assert.Equal(before, (await SeedDocuments.AllAsync(client)).Select(d => d.Id).Order().ToList());
    }

    private async Task<List<string>> SnapshotAsync()
    {
        await using var factory = ArchiveAppFactory.OnDataDirectory(_dataDirectory);
        var client = factory.CreateClient();
        var ids = (await SeedDocuments.AllAsync(client)).Select(d => d.Id).Order().ToList();
        var search = await client.GetFromJsonAsync<JsonElement>("/api/search?q=CoreWeave");
        Assert.Equal(1, search.GetProperty("total").GetInt32());
        return ids;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dataDirectory, recursive: true); } catch (DirectoryNotFoundException) { }
    }
}
