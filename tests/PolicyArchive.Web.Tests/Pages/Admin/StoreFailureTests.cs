using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Web.Tests.Pages.Admin.Support;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Pages.Admin;

/// <summary>The app's store with a one-second busy timeout, so a write transaction held from the test makes a save give up quickly.</summary>
public sealed class ShortBusyTimeoutFactory : EditorsAppFactory
{
    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["ConnectionStrings:Archive"] = $"Data Source={Path.Combine(DataDirectory, "archive.db")};Default Timeout=1";
            return settings;
        }
    }
}

/// <summary>When the store cannot write, the add and edit forms come back with everything the editor typed and say why;
/// nothing is half-saved.</summary>
[Trait("Category", TestStore.SqliteOnly)]
public sealed class StoreFailureTests(ShortBusyTimeoutFactory app) : IClassFixture<ShortBusyTimeoutFactory>
{
    private const string Locked = "Nothing was saved: the database is locked by another process and did not free up in time. Your text is kept below; try again later.";

    /// <summary>Another process writing: a write transaction held open on the same SQLite file.</summary>
    private async Task<SqliteConnection> HoldWriteLockAsync()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(app.DataDirectory, "archive.db")};Pooling=False");
        await connection.OpenAsync();
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE;";
        await begin.ExecuteNonQueryAsync();
        return connection;
    }

    private Task<(int Documents, int Revisions, int Audit)> CountsAsync() =>
        app.WithStoreAsync(async db => (await db.Documents.CountAsync(), await db.Revisions.CountAsync(), await db.AuditEntries.CountAsync()));

    [Fact]
    public async Task A_locked_store_on_add_keeps_the_typed_text_and_says_why()
    {
        var client = await EditorSteps.LoggedInAsync(app);
        var page = await PageForms.GetAsync(client, "/admin/documents/new");
        var body = EditorSteps.UniqueBody("Le stockage verrouillé");
        var before = await CountsAsync();

        HttpResponseMessage response;
        await using (await HoldWriteLockAsync())
        {
            response = await PageForms.SubmitAsync(client, page, "#save", EditorSteps.Fields("Un texte à ne pas perdre", body, "stockage"));
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = await PageForms.ParseAsync(response);
        Assert.Equal(Locked, form.Text(".validation-summary-errors"));
        Assert.Equal("Un texte à ne pas perdre", form.QuerySelector<IHtmlInputElement>("#Input_Title")!.Value);
        Assert.Equal(body, form.QuerySelector<IHtmlTextAreaElement>("#Input_Body")!.Value.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal("Jeanne Martin", form.QuerySelector<IHtmlInputElement>("#Input_Authors")!.Value);
        Assert.Equal("stockage", form.QuerySelector<IHtmlInputElement>("#Input_Tags")!.Value);
        Assert.Equal(before, await CountsAsync());

        // Once the other writer is gone, the same form saves.
        var retried = await PageForms.SubmitAsync(client, form, "#save");
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Equal(before.Documents + 1, (await CountsAsync()).Documents);
    }

    [Fact]
    public async Task A_locked_store_on_edit_keeps_the_typed_text_and_says_why()
    {
        var client = await EditorSteps.LoggedInAsync(app);
        var permalink = await EditorSteps.AddByPasteAsync(client, "Texte à modifier", EditorSteps.UniqueBody("La modification verrouillée"));
        var edit = await EditorSteps.EditPageAsync(client, permalink);
        var typed = EditorSteps.UniqueBody("Le texte révisé par l'éditrice");
        var before = await CountsAsync();

        HttpResponseMessage response;
        await using (await HoldWriteLockAsync())
        {
            response = await PageForms.SubmitAsync(client, edit, "#save", new Dictionary<string, string> { ["Input.Title"] = "Texte modifié", ["Input.Body"] = typed });
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = await PageForms.ParseAsync(response);
        Assert.Equal(Locked, form.Text(".validation-summary-errors"));
        Assert.Equal("Texte modifié", form.QuerySelector<IHtmlInputElement>("#Input_Title")!.Value);
        Assert.Equal(typed, form.QuerySelector<IHtmlTextAreaElement>("#Input_Body")!.Value.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(before, await CountsAsync());
        var id = EditorSteps.IdOf(permalink);
        Assert.Equal("Texte à modifier", await app.WithStoreAsync(db => db.Documents.Where(d => d.PublicId == id).Select(d => d.Title).SingleAsync()));

        var retried = await PageForms.SubmitAsync(client, form, "#save");
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Equal("Texte modifié", await app.WithStoreAsync(db => db.Documents.Where(d => d.PublicId == id).Select(d => d.Title).SingleAsync()));
    }

    [Fact]
    public async Task A_locked_store_on_edit_says_why_in_French()
    {
        var client = await EditorSteps.LoggedInAsync(app);
        var permalink = await EditorSteps.AddByPasteAsync(client, "Texte verrouillé en français", EditorSteps.UniqueBody("verrouillé en français"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/culture/fr?returnUrl=/")).StatusCode);
        var edit = await EditorSteps.EditPageAsync(client, permalink);

        HttpResponseMessage response;
        await using (await HoldWriteLockAsync())
        {
            response = await PageForms.SubmitAsync(client, edit, "#save", new Dictionary<string, string> { ["Input.Title"] = "Texte modifié en français" });
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Rien n'a été enregistré : la base de données est verrouillée par un autre processus et ne s'est pas libérée à temps. "
            + "Votre texte est conservé ci-dessous ; réessayez plus tard.", (await PageForms.ParseAsync(response)).Text(".validation-summary-errors"));
    }

    [Fact]
    public async Task A_locked_store_on_a_thesaurus_concept_keeps_the_typed_terms_and_says_why()
    {
        var admin = await EditorSteps.LoggedInAsync(app, "Administrator");
        var word = "verrou" + new string(Guid.NewGuid().ToString("N")[..8].Select(c => char.IsDigit(c) ? (char)('g' + (c - '0')) : c).ToArray());
        var key = "locked-" + word;
        var typed = $"fr: {word}\nen: {word}s";
        var fields = new Dictionary<string, string> { ["Input.Label"] = "Locked " + word, ["Input.Key"] = key, ["Input.Terms"] = typed };
        var newForm = await PageForms.GetAsync(admin, "/admin/thesaurus/new");
        var audit = await app.WithStoreAsync(db => db.AuditEntries.CountAsync());

        HttpResponseMessage added;
        await using (await HoldWriteLockAsync())
        {
            added = await PageForms.SubmitAsync(admin, newForm, "#save-concept", fields);
        }
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var form = await PageForms.ParseAsync(added);
        Assert.Equal(Locked, form.Text("[role=alert]"));
        Assert.Equal(typed, form.QuerySelector<IHtmlTextAreaElement>("#Input_Terms")!.Value.ReplaceLineEndings("\n"));
        Assert.False(await app.WithStoreAsync(db => db.ThesaurusConcepts.AnyAsync(c => c.Key == key)));
        Assert.Equal(audit, await app.WithStoreAsync(db => db.AuditEntries.CountAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await PageForms.SubmitAsync(admin, form, "#save-concept")).StatusCode);

        var edit = await PageForms.GetAsync(admin, $"/admin/thesaurus/{key}/edit");
        var changed = $"fr: {word}\nde: {word}en";
        HttpResponseMessage saved;
        await using (await HoldWriteLockAsync())
        {
            saved = await PageForms.SubmitAsync(admin, edit, "#save-concept", new Dictionary<string, string> { ["Input.Terms"] = changed });
        }
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var editForm = await PageForms.ParseAsync(saved);
        Assert.Equal(Locked, editForm.Text("[role=alert]"));
        Assert.Equal(changed, editForm.QuerySelector<IHtmlTextAreaElement>("#Input_Terms")!.Value.ReplaceLineEndings("\n"));
        Assert.Equal([word, word + "s"], await TermsAsync(key));
        Assert.Equal(HttpStatusCode.Redirect, (await PageForms.SubmitAsync(admin, editForm, "#save-concept")).StatusCode);
        Assert.Equal([word, word + "en"], await TermsAsync(key));
    }

    private Task<List<string>> TermsAsync(string key) => app.WithStoreAsync(db => db.ThesaurusTerms
        .Where(t => db.ThesaurusConcepts.Any(c => c.Id == t.ConceptId && c.Key == key)).OrderBy(t => t.Text).Select(t => t.Text).ToListAsync());
}
