using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyArchive.Core.Documents;
using PolicyArchive.Web.Tests.Pages.Admin.Support;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Ingestion;

/// <summary>Seeds are read again at every start. An editor's revision of a seed document is never overwritten: the app is
/// restarted on the same data folder, and a seed file changed after the edit raises a flag with the difference instead.</summary>
public sealed class SeedEditsTests : IDisposable
{
    private const string Seed = "004_9a26324ed8ec7209.txt";
    private const string EditedTitle = "Audition au Sénat : OpenAI, AMD, CoreWeave et Microsoft (corrigé)";
    private const string EditorSentence = "Note de la rédaction : l'audition s'est tenue devant la commission du commerce du Sénat.";
    private const string SourceSentence = "Mise à jour : la commission publiera la transcription complète de l'audition la semaine prochaine.";

    private readonly string _data = Path.Combine(Path.GetTempPath(), "pa-tests", "seed-edits-" + Guid.NewGuid().ToString("N"));
    private readonly string _seeds = Path.Combine(Path.GetTempPath(), "pa-tests", "seed-edits-seeds-" + Guid.NewGuid().ToString("N"));

    public SeedEditsTests()
    {
        Directory.CreateDirectory(_seeds);
        foreach (var f in Directory.EnumerateFiles(RepoPaths.Seeds)) File.Copy(f, Path.Combine(_seeds, Path.GetFileName(f)));
    }

    private sealed class SeedsApp(string data, string seeds) : ArchiveAppFactory(data, ownsDataDirectory: false)
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Archive:SeedsDirectory"] = seeds };
    }

    private sealed record State(string Title, string Body, string? Date, int Revision, List<string> RevisionAuthors, int SourceChanges);

    private static async Task<State> StateAsync(ArchiveAppFactory app, string id)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        var d = await db.Documents.SingleAsync(x => x.PublicId == id);
        var authors = await db.Revisions.Where(r => r.DocumentId == d.Id).OrderBy(r => r.Number).Select(r => r.CreatedBy).ToListAsync();
        return new State(d.Title, d.Body, d.PublishedDate.ToIso(), d.RevisionNumber, authors, await db.SourceChanges.CountAsync(c => c.DocumentId == d.Id));
    }

    [Fact]
    public async Task An_editors_revision_of_a_seed_survives_restarts_and_a_changed_seed_file_raises_a_flag_with_the_difference()
    {
        string id;
        State edited;
        await using (var first = new SeedsApp(_data, _seeds))
        {
            var client = await first.LoggedInClientAsync();
            id = await SeedDocuments.IdOfSeedAsync(client, "004_");
            var form = await PageForms.GetAsync(client, $"/admin/documents/{id}/edit");
            var body = form.QuerySelector<AngleSharp.Html.Dom.IHtmlTextAreaElement>("#Input_Body")!.Value;
            var saved = await PageForms.SubmitAsync(client, form, "#save", new Dictionary<string, string>
            {
                ["Input.Title"] = EditedTitle,
                ["Input.Date"] = "2025-05-09",
                ["Input.Body"] = body + "\n\n" + EditorSentence,
            });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            edited = await StateAsync(first, id);
        }
        Assert.Equal(EditedTitle, edited.Title);
        Assert.Equal(["seed", ArchiveAppFactory.AdminEmail], edited.RevisionAuthors);

        // A restart reads the unchanged seed again: the editor's version stays, no revision is added.
        await using (var second = new SeedsApp(_data, _seeds))
        {
            var after = await StateAsync(second, id);
            Assert.Equal((edited.Title, edited.Body, edited.Date, edited.Revision), (after.Title, after.Body, after.Date, after.Revision));
            Assert.Equal(edited.RevisionAuthors, after.RevisionAuthors);
            Assert.Equal(0, after.SourceChanges);
        }

        // The seed file changes after the edit: not applied over the editor, flagged with the difference.
        await File.AppendAllTextAsync(Path.Combine(_seeds, Seed), "\n" + SourceSentence + "\n");
        await using (var third = new SeedsApp(_data, _seeds))
        {
            var after = await StateAsync(third, id);
            Assert.Equal((EditedTitle, edited.Body, "2025-05-09", edited.Revision), (after.Title, after.Body, after.Date, after.Revision));
            Assert.DoesNotContain(SourceSentence, after.Body, StringComparison.Ordinal);
            Assert.Equal(1, after.SourceChanges);

            var client = await third.LoggedInClientAsync();
            var desk = await PageForms.GetAsync(client, "/admin");
            Assert.Contains("The source changed after your edit", desk.Text("#source-changes-heading"));
            Assert.Contains(desk.QuerySelectorAll(".source-changes a"), a => a.GetAttribute("href") == $"/admin/documents/{id}/edit");

            var edit = await PageForms.GetAsync(client, $"/admin/documents/{id}/edit");
            var flag = edit.QuerySelector("section.source-change")!;
            Assert.Contains("The source changed after your edit", flag.TextContent);
            // The changed last line is shown word by word: the editor's words struck out, the source's inserted.
            var inserted = string.Join(' ', flag.QuerySelectorAll(".diff ins").Select(i => i.TextContent));
            var removed = string.Join(' ', flag.QuerySelectorAll(".diff del").Select(d => d.TextContent));
            Assert.Contains("transcription", inserted, StringComparison.Ordinal);
            Assert.Contains("rédaction", removed, StringComparison.Ordinal);
            Assert.Contains(flag.QuerySelectorAll(".diff p"), p => p.TextContent.Contains("publiera", StringComparison.Ordinal) && p.TextContent.Contains("Note de", StringComparison.Ordinal));
            Assert.Contains(flag.QuerySelectorAll("table.field-changes tr"), r => r.TextContent.Contains("Title", StringComparison.Ordinal) && r.TextContent.Contains(EditedTitle, StringComparison.Ordinal));
        }

        // Another restart flags the same change once, not again; the editor keeps their version and the flag goes.
        await using (var fourth = new SeedsApp(_data, _seeds))
        {
            var after = await StateAsync(fourth, id);
            Assert.Equal(1, after.SourceChanges);
            Assert.Equal(EditedTitle, after.Title);

            var client = await fourth.LoggedInClientAsync();
            var edit = await PageForms.GetAsync(client, $"/admin/documents/{id}/edit");
            var kept = await PageForms.SubmitAsync(client, edit, "#source-change-seen");
            Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
            var desk = await PageForms.GetAsync(client, "/admin");
            Assert.Null(desk.QuerySelector(".source-changes"));
            Assert.Null((await PageForms.GetAsync(client, $"/admin/documents/{id}/edit")).QuerySelector("section.source-change"));
            Assert.Equal(EditedTitle, (await StateAsync(fourth, id)).Title);
        }
    }

    [Fact]
    public async Task A_changed_curation_entry_after_an_edit_raises_the_flag_instead_of_replacing_the_editors_values()
    {
        string id;
        await using (var first = new SeedsApp(_data, _seeds))
        {
            var client = await first.LoggedInClientAsync();
            id = await SeedDocuments.IdOfSeedAsync(client, "002_");
            var form = await PageForms.GetAsync(client, $"/admin/documents/{id}/edit");
            var saved = await PageForms.SubmitAsync(client, form, "#save", new Dictionary<string, string> { ["Input.Publication"] = "Revue de l'éditrice" });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        var curation = Path.Combine(_seeds, "curation.json");
        await File.WriteAllTextAsync(curation, (await File.ReadAllTextAsync(curation)).Replace("\"authors\": [\"Patrick Bélanger\"]", "\"authors\": [\"Patrick Bélanger\"], \"publication\": \"Le Blog de la curation\"", StringComparison.Ordinal));

        await using var second = new SeedsApp(_data, _seeds);
        var client2 = await second.LoggedInClientAsync();
        var edit = await PageForms.GetAsync(client2, $"/admin/documents/{id}/edit");
        Assert.Equal("Revue de l'éditrice", edit.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Publication")!.Value);
        var flag = edit.QuerySelector("section.source-change")!;
        Assert.Contains(flag.QuerySelectorAll("table.field-changes tr"), r => r.TextContent.Contains("Publication", StringComparison.Ordinal)
            && r.TextContent.Contains("Revue de l'éditrice", StringComparison.Ordinal) && r.TextContent.Contains("Le Blog de la curation", StringComparison.Ordinal));
        Assert.Equal(1, (await StateAsync(second, id)).SourceChanges);
    }

    [Fact]
    public async Task A_changed_seed_file_of_a_document_no_editor_touched_is_applied_as_before()
    {
        string id;
        await using (var first = new SeedsApp(_data, _seeds))
        {
            id = await SeedDocuments.IdOfSeedAsync(first.CreateClient(), "004_");
        }
        await File.AppendAllTextAsync(Path.Combine(_seeds, Seed), "\n" + SourceSentence + "\n");
        await using var second = new SeedsApp(_data, _seeds);
        var after = await StateAsync(second, id);
        Assert.Contains(SourceSentence, after.Body, StringComparison.Ordinal);
        Assert.Equal(["seed", "seed"], after.RevisionAuthors);
        Assert.Equal(0, after.SourceChanges);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var dir in new[] { _data, _seeds })
        {
            try { Directory.Delete(dir, recursive: true); } catch (DirectoryNotFoundException) { } catch (IOException) { }
        }
    }
}
