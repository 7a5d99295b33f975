using System.Diagnostics;
using System.Net;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Indexing;

/// <summary>The archive's data folder on a small tmpfs that is then filled: the app still starts and serves readers, editors
/// are told that editing is unavailable, and a save says so clearly and leaves nothing half-saved.</summary>
[Collection(ProcessTests.Name)]
[Trait("Category", TestStore.SqliteOnly)]
public sealed class DiskFullTests : IDisposable
{
    private readonly string _mount = Path.Combine(Path.GetTempPath(), "pa-full-" + Guid.NewGuid().ToString("N"));

    [TmpfsFact]
    public async Task On_a_full_disk_the_app_starts_serves_readers_and_a_save_says_why_it_was_not_saved()
    {
        Directory.CreateDirectory(_mount);
        Assert.True(Tmpfs.Mount(_mount, "64M"), "tmpfs mount failed");
        var data = Path.Combine(_mount, "data");
        await using (var first = await ArchiveProcess.StartAsync(data)) await first.StopAsync();
        var published = GeneratedSources.PublishedInStore(data);
        var revisions = Count(data, "SELECT COUNT(*) FROM Revisions");
        var changes = Count(data, "SELECT COUNT(*) FROM ChangeLog");
        Fill(Path.Combine(_mount, "filler"));

        await using var app = await ArchiveProcess.StartAsync(data);
        // Readers: the home page, a search and a document page.
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/")).StatusCode);
        Assert.True(await app.SearchUntilAsync("DeepSeek", t => t > 0, TimeSpan.FromSeconds(10)) > 0, app.Output);
        var search = await app.Client.GetDocumentAsync("/search?q=DeepSeek");
        var firstHit = search.QuerySelector("main a[href^='/d/']")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync(firstHit)).StatusCode);

        // Editors: told before they type, and told again, clearly, when a save cannot be written.
        await app.LogInAsync();
        var admin = await app.Client.GetDocumentAsync("/admin");
        Assert.Contains("Editing is unavailable", admin.QuerySelector("[role=alert]")?.TextContent ?? "", StringComparison.Ordinal);
        var saved = await app.AddThroughFormAsync("Glimmerquartz on a full disk", "A glimmerquartz note that cannot be stored.");
        var body = await saved.Content.ReadAsStringAsync();
        Assert.NotEqual(HttpStatusCode.InternalServerError, saved.StatusCode);
        Assert.Contains("Nothing was saved", body, StringComparison.Ordinal);

        await app.StopAsync();
        // Nothing half-saved: no document, no revision, no change-log entry.
        Assert.Equal(published, GeneratedSources.PublishedInStore(data));
        Assert.Equal(revisions, Count(data, "SELECT COUNT(*) FROM Revisions"));
        Assert.Equal(changes, Count(data, "SELECT COUNT(*) FROM ChangeLog"));
        Assert.Equal(0, GeneratedSources.CountInStore(data, "glimmerquartz"));
    }

    private static long Count(string data, string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(data, "archive.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Writes until the file system refuses: the disk is full.</summary>
    private static void Fill(string path)
    {
        var chunk = new byte[1 << 20];
        using var f = new FileStream(path, FileMode.Create, FileAccess.Write);
        try
        {
            while (true) f.Write(chunk);
        }
        catch (IOException)
        {
            // Full.
        }
        try
        {
            f.Flush();
        }
        catch (IOException)
        {
            // Still full.
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Tmpfs.Unmount(_mount);
        try { Directory.Delete(_mount, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>Mounting a tmpfs needs root (or CAP_SYS_ADMIN); where the test may not, it is skipped and says why.</summary>
public static class Tmpfs
{
    public static bool Mount(string path, string size) => Run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", path) == 0;

    public static void Unmount(string path)
    {
        if (Run("umount", path) != 0) Run("umount", "-l", path);
    }

    public static string? WhyNot()
    {
        if (!OperatingSystem.IsLinux()) return "a tmpfs mount needs Linux";
        var probe = Path.Combine(Path.GetTempPath(), "pa-tmpfs-probe-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(probe);
        try
        {
            if (!Mount(probe, "1M")) return "this machine does not let the tests mount a tmpfs (needs root or CAP_SYS_ADMIN)";
            Unmount(probe);
            return null;
        }
        finally
        {
            try { Directory.Delete(probe); } catch (IOException) { }
        }
    }

    private static int Run(string file, params string[] args)
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardError = true, RedirectStandardOutput = true });
            if (p is null) return -1;
            p.WaitForExit(30_000);
            return p.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }
}

public sealed class TmpfsFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> s_whyNot = new(Tmpfs.WhyNot);

    public TmpfsFactAttribute()
    {
        if (s_whyNot.Value is { } reason) Skip = "Skipped: " + reason;
    }
}
