using System.Diagnostics;
using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Web.Tests.Pages.Admin.Support;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Pages.Admin;

/// <summary>The app's data folder on a small tmpfs the test mounts (it runs as root, as the test script does), filled to
/// the last byte between opening the form and saving it: the add form keeps the typed text and says the disk is full.</summary>
[Trait("Category", TestStore.SqliteOnly)]
public sealed class DiskFullTests : IDisposable
{
    private readonly string _mount = Path.Combine(Path.GetTempPath(), "pa-tests", "disk-full-" + Guid.NewGuid().ToString("N"));

    public DiskFullTests()
    {
        Directory.CreateDirectory(_mount);
        var (code, output) = Run("mount", $"-t tmpfs -o size=32m tmpfs {_mount}");
        if (code != 0) throw new InvalidOperationException($"This test mounts a 32 MB tmpfs and must run as root (as scripts/test.sh does): {output}");
    }

    private sealed class SmallDiskApp(string data) : ArchiveAppFactory(data, ownsDataDirectory: false)
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Archive:IngestSeedsAtStart"] = "false",
            ["Archive:MaxSourceBytes"] = EditorsAppFactory.MaxSourceBytes.ToString(CultureInfo.InvariantCulture),
        };
    }

    [Fact]
    public async Task A_full_disk_on_add_keeps_the_typed_text_and_says_the_disk_is_full()
    {
        await using var app = new SmallDiskApp(Path.Combine(_mount, "data"));
        var client = await app.LoggedInClientAsync();
        var page = await PageForms.GetAsync(client, "/admin/documents/new");
        var body = EditorSteps.UniqueBody("Le disque plein") + "\n\n" + string.Join("\n\n", Enumerable.Repeat(EditorSteps.UniqueBody("Un long texte"), 20));
        var before = await CountAsync(app);

        var filler = Path.Combine(_mount, "filler");
        Fill(filler);
        var response = await PageForms.SubmitAsync(client, page, "#save", EditorSteps.Fields("Un texte gardé malgré le disque plein", body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = await PageForms.ParseAsync(response);
        Assert.Equal("Nothing was saved: the disk is full. Your text is kept below; try again later.", form.Text(".validation-summary-errors"));
        Assert.Equal("Un texte gardé malgré le disque plein", form.QuerySelector<IHtmlInputElement>("#Input_Title")!.Value);
        Assert.Equal(body, form.QuerySelector<IHtmlTextAreaElement>("#Input_Body")!.Value.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(before, await CountAsync(app));

        // Space again: the same form saves.
        File.Delete(filler);
        var retried = await PageForms.SubmitAsync(client, form, "#save");
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Equal(before + 1, await CountAsync(app));
    }

    private static async Task<int> CountAsync(ArchiveAppFactory app)
    {
        using var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(app.Services);
        var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<PolicyArchive.Core.Documents.ArchiveDbContext>(scope.ServiceProvider);
        return await db.Documents.CountAsync();
    }

    /// <summary>Writes until the file system refuses even a small write: no page is left for the store's journal.</summary>
    private static void Fill(string path)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.WriteThrough);
        foreach (var size in new[] { 1 << 20, 1 << 12, 1 << 9 })
        {
            var chunk = new byte[size];
            try
            {
                while (true) { stream.Write(chunk); stream.Flush(); }
            }
            catch (IOException)
            {
                // This size no longer fits: try a smaller one.
            }
        }
    }

    private static (int Code, string Output) Run(string file, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            var output = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Run("umount", $"-l {_mount}");
        try { Directory.Delete(_mount, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
