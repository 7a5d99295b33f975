using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyArchive.Core.Documents;
using PolicyArchive.Web.Tests.Pages.Admin.Support;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Restore;

/// <summary>An administrator's backup of an archive whose editors changed the thesaurus and renamed a tag, restored by the
/// real app binary exactly as the README writes it (<c>import-jsonl FILE --Archive:IngestSeedsAtStart=false</c>) into an
/// empty data folder: the edited concept and the old tag address survive, and the seeds are not loaded on the way.</summary>
public sealed class RestoreCommandTests(ArchiveAppFactory source) : IClassFixture<ArchiveAppFactory>, IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "pa-restore-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Import_jsonl_as_the_readme_writes_it_restores_documents_thesaurus_and_old_tag_addresses()
    {
        var admin = await source.LoggedInClientAsync();
        // An editor's own term for a seeded concept, found in no document: only the restored concept can expand it.
        var madeUp = "restaurexport" + Guid.NewGuid().ToString("N")[..6];
        var concept = await PageForms.GetAsync(admin, "/admin/thesaurus/export-controls/edit");
        var terms = concept.QuerySelector("#Input_Terms")!.TextContent;
        var saved = await PageForms.SubmitAsync(admin, concept, "#save-concept", new Dictionary<string, string> { ["Input.Terms"] = terms.TrimEnd() + "\nfr: " + madeUp });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var tags = await PageForms.GetAsync(admin, "/admin/tags");
        var renamed = await PageForms.SubmitAsync(admin, tags, "tr[data-tag='puces'] button.rename", new Dictionary<string, string> { ["name"] = "Semi-conducteurs" });
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.True((await JsonDocument.ParseAsync(await admin.GetStreamAsync("/api/search?q=" + madeUp))).RootElement.GetProperty("total").GetInt32() > 0);
        // And an alignment an editor corrected.
        var (original, translation) = await TranslationPair.AddAsync(admin);
        var alignment = await PageForms.GetAsync(admin, $"/admin/alignments/{translation}/{original}");
        const string corrected = "1 = 1, 2\n2 = 3\n3 = 4\n4 = 5\n";
        Assert.Equal(HttpStatusCode.Redirect, (await PageForms.SubmitAsync(admin, alignment, "#save-alignment", new Dictionary<string, string> { ["Rows"] = corrected })).StatusCode);

        Directory.CreateDirectory(_data);
        var backup = Path.Combine(_data, "backup.jsonl");
        await File.WriteAllBytesAsync(backup, await admin.GetByteArrayAsync("/api/admin/export/archive.jsonl"));
        Assert.Contains("\"kind\":\"tagAlias\"", await File.ReadAllTextAsync(backup));

        var (code, output) = await RunAsync("import-jsonl", backup, "--Archive:IngestSeedsAtStart=false");
        Assert.True(code == 0, output);
        Assert.DoesNotContain("usage", output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Imported 7 documents", output);

        using var restored = RestoredArchiveFactory.On(_data);
        var reader = restored.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(7, (await SeedDocuments.AllAsync(reader)).Count);
        var view = await PageForms.GetAsync(reader, $"/d/{translation}/side-by-side");
        Assert.Equal(["1,2", "3", "4", "5"], view.QuerySelectorAll(".parallel-row:not(.parallel-head)").Select(r => r.GetAttribute("data-translation")!));
        Assert.Contains("aligned by an editor", view.Text(".alignment-origin"), StringComparison.Ordinal);
        var old = await reader.GetAsync("/tags/puces");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/browse/tag/semi-conducteurs", old.Headers.Location!.ToString());
        var hits = (await JsonDocument.ParseAsync(await reader.GetStreamAsync("/api/search?q=" + madeUp))).RootElement;
        Assert.True(hits.GetProperty("total").GetInt32() > 0, hits.ToString());
        var stored = await restored.WithStoreAsync(db => db.ThesaurusTerms.AnyAsync(t => t.Text == madeUp));
        Assert.True(stored);
    }

    private async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var exe = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "PolicyArchive.Web.exe" : "PolicyArchive.Web");
        var start = new ProcessStartInfo(exe) { WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        TestStore.UseDataDirectory(start, _data);
        // The seeds are there to be loaded: only the switch on the command line keeps them out.
        start.Environment["Archive__SeedsDirectory"] = RepoPaths.Seeds;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>The app on a restored data folder (left for the test to remove), with no seeds ingested at start.</summary>
public sealed class RestoredArchiveFactory : ArchiveAppFactory
{
    private RestoredArchiveFactory(string data) : base(data, ownsDataDirectory: false) { }

    public static RestoredArchiveFactory On(string data) => new(data);

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Archive:IngestSeedsAtStart"] = "false" };

    public async Task<T> WithStoreAsync<T>(Func<ArchiveDbContext, Task<T>> query)
    {
        using var scope = Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<ArchiveDbContext>());
    }
}
