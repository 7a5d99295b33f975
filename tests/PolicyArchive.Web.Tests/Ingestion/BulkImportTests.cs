using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Ingestion;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Ingestion;

public sealed class BulkImportTests : IDisposable
{
    private readonly EmptyArchiveFactory _factory = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pa-import", Guid.NewGuid().ToString("N"));

    public BulkImportTests() => Directory.CreateDirectory(_folder);

    private BulkImporter Importer => _factory.Services.GetRequiredService<BulkImporter>();

    private async Task<List<(string PublicId, int Revision, string Sha)>> StoreAsync()
    {
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        var rows = await db.Documents.OrderBy(d => d.PublicId).Select(d => new { d.PublicId, d.RevisionNumber, d.ContentSha256 }).ToListAsync();
        return rows.Select(r => (r.PublicId, r.RevisionNumber, r.ContentSha256)).ToList();
    }

    [Fact]
    public async Task Importing_the_seeds_twice_changes_nothing_the_second_time()
    {
        foreach (var f in Directory.EnumerateFiles(RepoPaths.Seeds)) File.Copy(f, Path.Combine(_folder, Path.GetFileName(f)));

        var first = await Importer.ImportAsync(BulkImporter.Plan([_folder]), "test");
        var afterFirst = await StoreAsync();
        var second = await Importer.ImportAsync(BulkImporter.Plan([_folder]), "test");

        Assert.Equal(5, first.Count(r => r.Outcome == IngestOutcome.Added));
        Assert.Equal(first.Count, second.Count);
        Assert.All(second, r => Assert.Equal(IngestOutcome.Unchanged, r.Outcome));
        Assert.Equal(afterFirst, await StoreAsync());

        // The folder's curation file applies: the essay's author comes from the editor, not the text.
        var client = _factory.CreateClient();
        var hit = (await client.GetFromJsonAsync<JsonElement>("/api/search?q=Interconnects")).GetProperty("hits")[0];
        var doc = await client.GetFromJsonAsync<JsonElement>($"/api/documents/{hit.GetProperty("id").GetString()}");
        Assert.Equal("Nathan Lambert", doc.GetProperty("authors")[0].GetString());
    }

    [Fact]
    public async Task A_curated_value_longer_than_the_store_keeps_refuses_its_file_only_and_says_which()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "long.txt"), "Puces\n\nUn texte sur les puces et la Chine, ou presque.\n");
        await File.WriteAllTextAsync(Path.Combine(_folder, "fine.txt"), "Modèles\n\nUn texte sur les modèles ouverts et leur régulation.\n");
        await File.WriteAllTextAsync(Path.Combine(_folder, "curation.json"), JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["long.txt"] = new { title = new string('T', FieldLengths.Title + 100), tags = new[] { "semi-conducteurs", new string('x', FieldLengths.TagName + 1) } },
            ["fine.txt"] = new { title = "Modèles ouverts" },
        }));

        var results = await Importer.ImportAsync(BulkImporter.Plan([_folder]), "test");

        // PostgreSQL refuses such a value, and with it the whole batch; SQLite stored it silently.
        var refused = Assert.Single(results, r => r.FileName == "long.txt");
        Assert.Equal(IngestOutcome.Rejected, refused.Outcome);
        Assert.Contains($"the title has {FieldLengths.Title + 100} characters (at most {FieldLengths.Title})", refused.Reason, StringComparison.Ordinal);
        Assert.Contains("the tag “xxxx", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(IngestOutcome.Added, Assert.Single(results, r => r.FileName == "fine.txt").Outcome);
        Assert.Single(await StoreAsync());
    }

    // A tag name of control characters (which the store removes) or zero-width characters alone passed the
    // IsNullOrWhiteSpace check and became a tag whose name shows nothing.
    [Fact]
    public async Task A_curated_tag_that_shows_nothing_is_no_tag()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "puces.txt"), "Puces\n\nUn texte sur les puces et la Chine, ou presque.\n");
        await File.WriteAllTextAsync(Path.Combine(_folder, CurationFile.FileName), JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["puces.txt"] = new { tags = new[] { "semi-conducteurs", "\u200B", "\u0001\u0002", " \u2060 \u0001 " } },
        }));

        Assert.Equal(IngestOutcome.Added, (await Importer.ImportAsync(BulkImporter.Plan([_folder]), "test")).Single().Outcome);

        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        Assert.Equal(["semi-conducteurs"], await db.Tags.Select(t => t.Name).ToListAsync());
        Assert.Equal(["semi-conducteurs"], await db.DocumentTags.Select(t => t.Tag.Name).ToListAsync());
        Assert.Equal("semi-conducteurs", await db.FieldProvenance.Where(p => p.Field == DocumentFields.Tags).Select(p => p.Value).SingleAsync());
    }

    [Fact]
    public async Task Progress_moves_file_by_file_and_ends_at_every_file_of_the_plan()
    {
        foreach (var f in Directory.EnumerateFiles(RepoPaths.Seeds)) File.Copy(f, Path.Combine(_folder, Path.GetFileName(f)));
        await File.WriteAllBytesAsync(Path.Combine(_folder, "empty.md"), []);
        var plan = BulkImporter.Plan([_folder]);
        var steps = new System.Collections.Concurrent.ConcurrentQueue<int>();

        var results = await Importer.ImportAsync(plan, "test", steps.Enqueue);

        // The six files are one batch, yet the bar is not left at 0% until the batch is done: one step per parsed file.
        Assert.Equal(plan.Files.Count, steps.Sum());
        Assert.True(steps.Count(s => s == 1) >= 5, $"steps were {string.Join(",", steps)}");
        Assert.Equal(5, results.Count(r => r.Outcome == IngestOutcome.Added));

        // Again: every file is unchanged and never parsed, so the batch's end carries them all.
        steps.Clear();
        await Importer.ImportAsync(BulkImporter.Plan([_folder]), "test", steps.Enqueue);
        Assert.Equal(plan.Files.Count, steps.Sum());
    }

    [Fact]
    public async Task A_changed_file_becomes_a_new_revision_of_the_same_document()
    {
        var path = Path.Combine(_folder, "note.md");
        await File.WriteAllTextAsync(path, "# Quotas de puces\n\nLe premier texte sur les quotas de puces et les contrôles à l'exportation.");
        var added = (await Importer.ImportAsync(BulkImporter.Plan([_folder]), "test")).Single();
        await File.WriteAllTextAsync(path, "# Quotas de puces\n\nLe texte révisé sur les quotas de puces et les contrôles à l'exportation.");
        var updated = (await Importer.ImportAsync(BulkImporter.Plan([_folder]), "test")).Single();

        Assert.Equal(IngestOutcome.Added, added.Outcome);
        Assert.Equal(IngestOutcome.Updated, updated.Outcome);
        Assert.Equal(added.PublicId, updated.PublicId);
        var store = await StoreAsync();
        Assert.Equal(2, store.Single().Revision);
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        var documentId = await db.Documents.Select(d => d.Id).SingleAsync();
        Assert.Equal(2, await db.Revisions.CountAsync());
        Assert.Contains("premier", (await RevisionBodies.FindAsync(db, documentId, 1))!.Body, StringComparison.Ordinal);
        Assert.Contains("révisé", (await RevisionBodies.FindAsync(db, documentId, 2))!.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_curation_entry_updates_the_metadata_as_a_new_revision_and_an_unchanged_one_does_nothing()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "note.txt"), "Quotas de puces\nUn texte sur les quotas de puces et les contrôles à l'exportation.");
        await File.WriteAllTextAsync(Path.Combine(_folder, CurationFile.FileName), """{ "note.txt": { "authors": ["Première Autrice"] } }""");
        var added = (await Importer.ImportAsync(BulkImporter.Plan([_folder]), "test")).Single();
        var again = (await Importer.ImportAsync(BulkImporter.Plan([_folder]), "test")).Single();
        await File.WriteAllTextAsync(Path.Combine(_folder, CurationFile.FileName), """{ "note.txt": { "authors": ["Seconde Autrice"] } }""");
        var recurated = (await Importer.ImportAsync(BulkImporter.Plan([_folder]), "test")).Single();

        Assert.Equal(IngestOutcome.Unchanged, again.Outcome);
        Assert.Equal(IngestOutcome.Updated, recurated.Outcome);
        Assert.Equal(added.PublicId, recurated.PublicId);
        Assert.Equal(2, (await StoreAsync()).Single().Revision);
        var doc = await _factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/documents/{added.PublicId}");
        Assert.Equal("Seconde Autrice", doc.GetProperty("authors")[0].GetString());
    }

    [Fact]
    public async Task Bad_files_are_rejected_by_name_with_a_reason_and_the_rest_goes_on()
    {
        await File.WriteAllBytesAsync(Path.Combine(_folder, "empty.txt"), []);
        await File.WriteAllBytesAsync(Path.Combine(_folder, "binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 1, 2, 0, 0, 0, 3, 0, 0]);
        await File.WriteAllTextAsync(Path.Combine(_folder, "huge.txt"), new string('a', (int)EmptyArchiveFactory.MaxSourceBytes + 10));
        await File.WriteAllBytesAsync(Path.Combine(_folder, "shift-jis.txt"), [0x82, 0xA0, 0x82, 0xA2, 0x82, 0xA4, 0x81, 0x40, 0x93, 0xFA, 0x96, 0x7B]);
        await File.WriteAllTextAsync(Path.Combine(_folder, "good.txt"), "Les contrôles à l'exportation de puces\nUn texte correct sur les puces et les contrôles à l'exportation vers la Chine.", Encoding.UTF8);
        await File.WriteAllTextAsync(Path.Combine(_folder, CurationFile.FileName), """{ "missing.txt": { "title": "Nowhere" } }""");

        var results = await Importer.ImportAsync(BulkImporter.Plan([_folder, Path.Combine(_folder, "no-such-dir")]), "test");

        IngestResult For(string name) => results.Single(r => r.FileName is { } f && f.EndsWith(name, StringComparison.Ordinal));
        Assert.Equal(IngestOutcome.Added, For("good.txt").Outcome);
        foreach (var bad in new[] { "empty.txt", "binary.txt", "huge.txt", "shift-jis.txt", "no-such-dir" })
        {
            var r = For(bad);
            Assert.Equal(IngestOutcome.Rejected, r.Outcome);
            Assert.False(string.IsNullOrWhiteSpace(r.Reason), bad);
        }
        Assert.Contains("limit", For("huge.txt").Reason, StringComparison.Ordinal);
        Assert.Contains(results, r => r.Outcome == IngestOutcome.Rejected && r.Reason!.Contains("missing.txt", StringComparison.Ordinal));
        Assert.Single(await StoreAsync());
    }

    [Fact]
    public async Task A_document_stored_but_not_indexed_before_a_crash_is_indexed_at_the_next_start()
    {
        var path = Path.Combine(_folder, "crash.txt");
        await File.WriteAllTextAsync(path, "Vortigaunt et les puces\nUn texte sur Vortigaunt, les puces et les contrôles à l'exportation.");
        await Importer.ImportAsync(BulkImporter.Plan([_folder]), "test");
        using (var scope = _factory.Services.CreateScope())
        {
            // Simulate a crash after the store's transaction and before the index commit: the store moves on alone.
            var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
            var d = await db.Documents.SingleAsync();
            d.Title = "Vortigaunt renamed Quillback";
            d.UpdatedAt = DateTime.UtcNow.AddMinutes(1);
            await db.SaveChangesAsync();
        }
        var dataDirectory = _factory.DataDirectory;
        _factory.KeepDataDirectory = true;
        await _factory.DisposeAsync();

        try
        {
            await using var restarted = ArchiveAppFactory.OnDataDirectory(dataDirectory);
            var search = await restarted.CreateClient().GetFromJsonAsync<JsonElement>("/api/search?q=Quillback");
            Assert.Equal(1, search.GetProperty("total").GetInt32());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task The_same_article_from_two_outlets_is_flagged_to_editors_not_merged()
    {
        var article = string.Join("\n", File.ReadAllLines(Path.Combine(RepoPaths.Seeds, "004_9a26324ed8ec7209.txt")).Take(40));
        await File.WriteAllTextAsync(Path.Combine(_folder, "outlet-a.txt"), article + "\nPublié pour la première fois sur Outlet A.");
        await File.WriteAllTextAsync(Path.Combine(_folder, "outlet-b.txt"), "Partager sur X\n" + article.Replace("ce matin", "mardi matin", StringComparison.Ordinal) + "\n© Outlet B, tous droits réservés.");

        var results = await Importer.ImportAsync(BulkImporter.Plan([_folder]), "test");

        Assert.All(results, r => Assert.Equal(IngestOutcome.Added, r.Outcome));
        Assert.Equal(2, (await StoreAsync()).Count);
        var second = results.Single(r => r.FileName == "outlet-b.txt");
        Assert.Equal([results.Single(r => r.FileName == "outlet-a.txt").PublicId!], second.NearDuplicatesOf);

        var client = await _factory.LoggedInClientAsync();
        var page = await client.GetDocumentAsync("/admin/duplicates");
        var links = page.QuerySelectorAll("tbody tr").Single().QuerySelectorAll("a").Select(a => a.GetAttribute("href")!.Split('/')[2]).Order().ToList();
        Assert.Equal(results.Select(r => r.PublicId!).Order().ToList(), links);
        var resolved = await client.SubmitAsync(page, new Dictionary<string, string>(), "#bulk-resolve", "tbody tr button.resolve-one");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, resolved.StatusCode);
        var after = await client.GetDocumentAsync("/admin/duplicates");
        Assert.Null(after.QuerySelector("tbody tr"));
        Assert.Contains("Marked as checked.", after.QuerySelector("p[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _factory.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (DirectoryNotFoundException) { }
    }
}
