using System.Net;
using AngleSharp.Dom;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Web.Tests.Pages.Admin.Support;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Pages.Admin;

public sealed class SourceFormTests : IClassFixture<EditorsAppFactory>
{
    private readonly EditorsAppFactory _app;

    public SourceFormTests(EditorsAppFactory app) => _app = app;

    [Fact]
    public async Task Pasted_source_is_published_searchable_and_has_its_first_revision()
    {
        var client = await EditorSteps.LoggedInAsync(_app);
        var body = EditorSteps.UniqueBody("Les contrôles à l'exportation de puces") + " zorglubation";
        var permalink = await EditorSteps.AddByPasteAsync(client, "Contrôles à l'exportation", body, "export controls");

        var page = await PageForms.GetAsync(client, permalink);
        Assert.Equal("Contrôles à l'exportation", page.Text("h1"));
        var search = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=zorglubation")).RootElement;
        Assert.Equal(1, search.GetProperty("total").GetInt32());
        var history = await PageForms.GetAsync(client, permalink.Split('/')[..3].Aggregate((a, b) => a + "/" + b) + "/revisions");
        Assert.Contains("created", history.Text("table.revisions"));
        // The public history names no e-mail (issue 13): an editor without a chosen display name is "an editor".
        Assert.Contains("an editor", history.Text("table.revisions"));
        Assert.DoesNotContain(EditorsAppFactory.EditorEmail, history.Text("table.revisions"));
    }

    [Fact]
    public async Task Uploaded_file_fills_the_form_for_the_editor_to_confirm_then_saves_with_its_provenance()
    {
        var client = await EditorSteps.LoggedInAsync(_app);
        var text = "Ce que le rapport dit des centres de données\n\n" + EditorSteps.UniqueBody("centres de données");
        var page = await PageForms.GetAsync(client, "/admin/documents/new");
        var read = await PageForms.SubmitAsync(client, page, "#read-file", files: new Dictionary<string, FormFile>
        {
            ["Upload"] = new("rapport.md", Encoding.UTF8.GetBytes(text), "text/markdown"),
        });
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var form = await PageForms.ParseAsync(read);
        Assert.Equal("Ce que le rapport dit des centres de données", form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Title")!.Value);
        Assert.Contains("mot", form.QuerySelector<AngleSharp.Html.Dom.IHtmlTextAreaElement>("#Input_Body")!.Value);
        Assert.Equal(0, await _app.WithStoreAsync(db => db.Documents.CountAsync(d => d.Title.StartsWith("Ce que le rapport"))));

        // The editor corrects the title the extractor found, then saves.
        var saved = await PageForms.SubmitAsync(client, form, "#save", new Dictionary<string, string> { ["Input.Title"] = "Rapport sur les centres de données" });
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"{(int)saved.StatusCode} {await saved.Content.ReadAsStringAsync()}");
        var id = EditorSteps.IdOf(saved.Headers.Location!.ToString());
        var provenance = await _app.WithStoreAsync(db => db.FieldProvenance.Where(p => p.Field == DocumentFields.Title && db.Documents.Any(d => d.Id == p.DocumentId && d.PublicId == id))
            .Select(p => new { p.Source, p.Value }).ToListAsync());
        Assert.Contains(provenance, p => p.Source == FieldSource.Extracted && p.Value == "Ce que le rapport dit des centres de données");
        Assert.Contains(provenance, p => p.Source == FieldSource.Entered && p.Value == "Rapport sur les centres de données");
        var audit = await _app.WithStoreAsync(db => db.AuditEntries.SingleAsync(a => a.DocumentPublicId == id));
        Assert.Contains("rapport.md", audit.Details);
    }

    [Fact]
    public async Task Upload_over_the_size_limit_gets_a_message_next_to_the_field_and_nothing_is_saved()
    {
        var client = await EditorSteps.LoggedInAsync(_app);
        var before = await _app.WithStoreAsync(db => db.Documents.CountAsync());
        var page = await PageForms.GetAsync(client, "/admin/documents/new");
        var big = Encoding.UTF8.GetBytes("Titre\n\n" + new string('x', (int)EditorsAppFactory.MaxSourceBytes + 10));
        var response = await PageForms.SubmitAsync(client, page, "#read-file", files: new Dictionary<string, FormFile> { ["Upload"] = new("gros.txt", big, "text/plain") });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await PageForms.ParseAsync(response);
        Assert.Contains("the limit is 64 KiB", result.Text("[data-valmsg-for=Upload]"));
        Assert.Equal(before, await _app.WithStoreAsync(db => db.Documents.CountAsync()));
    }

    [Fact]
    public async Task Upload_of_an_unsupported_file_type_is_refused_with_a_message()
    {
        var client = await EditorSteps.LoggedInAsync(_app);
        var page = await PageForms.GetAsync(client, "/admin/documents/new");
        var response = await PageForms.SubmitAsync(client, page, "#read-file", files: new Dictionary<string, FormFile> { ["Upload"] = new("photo.png", [0x89, 0x50, 0x4e, 0x47], "image/png") });
        Assert.Contains("not a file the archive reads", (await PageForms.ParseAsync(response)).Text("[data-valmsg-for=Upload]"));
    }

    [Fact]
    public async Task Pasted_text_over_the_size_limit_gets_a_message_and_nothing_is_saved()
    {
        var client = await EditorSteps.LoggedInAsync(_app);
        var before = await _app.WithStoreAsync(db => db.Documents.CountAsync());
        var page = await PageForms.GetAsync(client, "/admin/documents/new");
        var response = await PageForms.SubmitAsync(client, page, "#save", EditorSteps.Fields("Trop long", new string('y', (int)EditorsAppFactory.MaxSourceBytes + 1)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("larger than 64 KiB", (await PageForms.ParseAsync(response)).Text("[data-valmsg-for='Input.Body']"));
        Assert.Equal(before, await _app.WithStoreAsync(db => db.Documents.CountAsync()));
    }

    [Fact]
    public async Task Missing_title_and_bad_date_get_messages_next_to_their_fields()
    {
        var client = await EditorSteps.LoggedInAsync(_app);
        var page = await PageForms.GetAsync(client, "/admin/documents/new");
        var fields = EditorSteps.Fields("", "Un texte.");
        fields["Input.Date"] = "mai 2025";
        var result = await PageForms.ParseAsync(await PageForms.SubmitAsync(client, page, "#save", fields));
        Assert.Equal("Give the document a title.", result.Text("[data-valmsg-for='Input.Title']"));
        Assert.Contains("Write the date as", result.Text("[data-valmsg-for='Input.Date']"));
        Assert.Equal("Un texte.", result.QuerySelector<AngleSharp.Html.Dom.IHtmlTextAreaElement>("#Input_Body")!.Value);
    }

    [Fact]
    public async Task Same_text_is_shown_as_a_duplicate_with_a_link_and_saved_only_when_the_editor_insists()
    {
        var client = await EditorSteps.LoggedInAsync(_app);
        var body = EditorSteps.UniqueBody("Appel aux contrôles");
        var first = await EditorSteps.AddByPasteAsync(client, "Premier dépôt", body);
        var before = await _app.WithStoreAsync(db => db.Documents.CountAsync());

        var page = await PageForms.GetAsync(client, "/admin/documents/new");
        var warned = await PageForms.ParseAsync(await PageForms.SubmitAsync(client, page, "#save", EditorSteps.Fields("Second dépôt", body)));
        Assert.Contains("This may already be in the archive", warned.Text(".duplicates"));
        Assert.Equal(first, warned.QuerySelector(".duplicates a")!.GetAttribute("href"));
        Assert.Contains("the same text", warned.Text(".duplicates"));
        Assert.Equal(before, await _app.WithStoreAsync(db => db.Documents.CountAsync()));

        var saved = await PageForms.SubmitAsync(client, warned, "#save-anyway");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(before + 1, await _app.WithStoreAsync(db => db.Documents.CountAsync()));
    }

    [Fact]
    public async Task Near_duplicate_with_a_changed_sentence_is_shown_with_its_resemblance()
    {
        var client = await EditorSteps.LoggedInAsync(_app);
        var body = EditorSteps.UniqueBody("Les puces H800") + "\n\n" + EditorSteps.UniqueBody("et la sécurité nationale");
        var first = await EditorSteps.AddByPasteAsync(client, "Article original", body);
        var page = await PageForms.GetAsync(client, "/admin/documents/new");
        var changed = body.Replace("Deuxième paragraphe", "Un autre paragraphe", StringComparison.Ordinal) + "\n\nPartagez cet article.";
        var warned = await PageForms.ParseAsync(await PageForms.SubmitAsync(client, page, "#save", EditorSteps.Fields("Reprise ailleurs", changed)));
        Assert.Equal(first, warned.QuerySelector(".duplicates a")!.GetAttribute("href"));
        Assert.Contains("of the text in common", warned.Text(".duplicates"));
    }
}
