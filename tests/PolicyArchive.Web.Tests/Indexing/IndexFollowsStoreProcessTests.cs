using System.Diagnostics;
using System.Net;
using PolicyArchive.Core.Search;
using PolicyArchive.Web.Tests.Support;
using Xunit.Abstractions;

namespace PolicyArchive.Web.Tests.Indexing;

/// <summary>The index follows the store across real processes: a kill -9 between the store's commit and the index's, an
/// import command run beside the app, an index file truncated while the app is stopped, the index folder deleted under it.</summary>
[Collection(ProcessTests.Name)]
[Trait("Category", TestStore.SqliteOnly)]
public sealed class IndexFollowsStoreProcessTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _data = GeneratedSources.NewDataDirectory();
    private readonly string _sources = Path.Combine(Path.GetTempPath(), "pa-sources", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task After_a_kill_9_between_the_store_commit_and_the_index_commit_a_restart_brings_the_index_back_to_the_store()
    {
        // A first start builds the index of the seeds and records its cursor.
        await using (var first = await ArchiveProcess.StartAsync(_data)) await first.StopAsync();

        // The indexer held back: the store moves on (an import beside the app, a save through the form), the index does not.
        await using (var stalled = await ArchiveProcess.StartAsync(_data, new Dictionary<string, string> { ["Archive__Indexing__Paused"] = "true", ["Archive__IndexWaitAtStart"] = "00:00:01" }))
        {
            var import = await ArchiveProcess.RunCommandAsync(_data, "import", GeneratedSources.Write(_sources, 40, "glimmerquartz"));
            Assert.True(import.ExitCode == 0, import.Output);
            await stalled.LogInAsync();
            var saved = await stalled.AddThroughFormAsync("Glimmerquartz hearing", "The glimmerquartz hearing on export controls of chips.");
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Equal(0, await stalled.SearchUntilAsync("glimmerquartz", _ => true, TimeSpan.Zero));
            stalled.Kill9();
        }
        Assert.Equal(41, GeneratedSources.CountInStore(_data, "glimmerquartz"));

        await using (var restarted = await ArchiveProcess.StartAsync(_data))
        {
            Assert.Equal(41, await restarted.SearchUntilAsync("glimmerquartz", t => t == 41, TimeSpan.FromSeconds(60)));
            await restarted.StopAsync();
        }
        AssertIndexMatchesStore();
    }

    [Fact]
    public async Task A_bulk_import_killed_with_9_midway_leaves_an_index_that_matches_the_store_after_the_next_start()
    {
        GeneratedSources.Write(_sources, 1300, "glimmerquartz");
        var import = ArchiveProcess.StartCommand(_data, "import", _sources);
        var deadline = DateTime.UtcNow.AddMinutes(4);
        // Killed once the first batch of 1,000 is in the store, while the second is being read, stored and indexed.
        while (!import.HasExited && DateTime.UtcNow < deadline && StoredSoFar() < 1000) await Task.Delay(50);
        var killedMidway = !import.HasExited;
        if (killedMidway) import.Kill(entireProcessTree: false);
        import.WaitForExit(15_000);
        var stored = GeneratedSources.CountInStore(_data, "glimmerquartz");
        output.WriteLine($"killed midway: {killedMidway}; stored when killed: {stored}");
        Assert.True(stored >= 1000, $"only {stored} stored");

        await using (var app = await ArchiveProcess.StartAsync(_data))
        {
            Assert.Equal(stored, await app.SearchUntilAsync("glimmerquartz", t => t == stored, TimeSpan.FromSeconds(120)));
            await app.StopAsync();
        }
        AssertIndexMatchesStore();
    }

    [Fact]
    public async Task The_import_command_beside_the_running_app_writes_the_store_only_and_the_app_finds_the_documents_then_saves_as_usual()
    {
        await using var app = await ArchiveProcess.StartAsync(_data);
        var started = Stopwatch.StartNew();
        var import = await ArchiveProcess.RunCommandAsync(_data, "import", GeneratedSources.Write(_sources, 300, "glimmerquartz"));
        Assert.True(import.ExitCode == 0, import.Output);
        Assert.Contains("writes the store only", import.Output, StringComparison.Ordinal);
        var imported = started.Elapsed;
        Assert.Equal(300, await app.SearchUntilAsync("glimmerquartz", t => t == 300, TimeSpan.FromSeconds(60)));
        output.WriteLine($"import command took {imported.TotalSeconds:F1} s; all 300 searchable in the app {started.Elapsed.TotalSeconds - imported.TotalSeconds:F1} s after it ended");

        await app.LogInAsync();
        var saved = await app.AddThroughFormAsync("Glimmerquartz after the import", "A glimmerquartz note saved after the import.");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(301, await app.SearchUntilAsync("glimmerquartz", t => t == 301, TimeSpan.FromSeconds(30)));
        Assert.DoesNotContain("LockObtainFailed", app.Output, StringComparison.Ordinal);
        await app.StopAsync();
        AssertIndexMatchesStore();
    }

    [Fact]
    public async Task A_truncated_index_file_does_not_stop_the_start_and_search_comes_back_once_rebuilt()
    {
        await using (var first = await ArchiveProcess.StartAsync(_data)) await first.StopAsync();
        var generation = Directory.GetDirectories(Path.Combine(_data, "index")).Single();
        var biggest = new DirectoryInfo(generation).GetFiles().Where(f => !f.Name.StartsWith("segments", StringComparison.Ordinal) && f.Name != "write.lock")
            .OrderByDescending(f => f.Length).First();
        using (var f = new FileStream(biggest.FullName, FileMode.Open)) f.SetLength(f.Length / 3);

        await using var app = await ArchiveProcess.StartAsync(_data);
        // Seeds speak of DeepSeek: search finds them again once the index is rebuilt.
        Assert.True(await app.SearchUntilAsync("DeepSeek", t => t > 0, TimeSpan.FromSeconds(60)) > 0, app.Output);
        await app.LogInAsync();
        var saved = await app.AddThroughFormAsync("Glimmerquartz after the repair", "A glimmerquartz note saved after the index was rebuilt.");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(1, await app.SearchUntilAsync("glimmerquartz", t => t == 1, TimeSpan.FromSeconds(30)));
        await app.StopAsync();
        AssertIndexMatchesStore();
    }

    [Fact]
    public async Task The_index_folder_deleted_under_the_running_app_neither_fails_a_save_nor_keeps_search_away()
    {
        await using var app = await ArchiveProcess.StartAsync(_data);
        await app.LogInAsync();
        Directory.Delete(Path.Combine(_data, "index"), recursive: true);

        var saved = await app.AddThroughFormAsync("Glimmerquartz without an index", "A glimmerquartz note saved while the index folder was gone.");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var search = await app.Client.GetAsync("/search?q=glimmerquartz");
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Equal(1, await app.SearchUntilAsync("glimmerquartz", t => t == 1, TimeSpan.FromSeconds(60)));
        Assert.True(await app.SearchUntilAsync("DeepSeek", t => t > 0, TimeSpan.FromSeconds(60)) > 0, app.Output);
        // Saved once: the save did not fail, so the editor had no reason to save a second copy.
        Assert.Equal(1, GeneratedSources.CountInStore(_data, "glimmerquartz"));
        await app.StopAsync();
        AssertIndexMatchesStore();
    }

    private long StoredSoFar()
    {
        try
        {
            return File.Exists(Path.Combine(_data, "archive.db")) ? GeneratedSources.CountInStore(_data, "glimmerquartz") : 0;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0; // The table is not there yet, or the file is being created.
        }
    }

    /// <summary>The stopped app's index, opened as the app would: as many documents as the store has published.</summary>
    private void AssertIndexMatchesStore()
    {
        using var index = new ArchiveIndex(Path.Combine(_data, "index"));
        Assert.Null(index.RebuildReason);
        Assert.Equal(GeneratedSources.PublishedInStore(_data), index.DocumentCount);
    }

    public void Dispose()
    {
        GeneratedSources.Remove(_data);
        GeneratedSources.Remove(_sources);
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessTests
{
    public const string Name = "real app processes";
}
