using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Web.Tests.Pages.Admin.Support;

namespace PolicyArchive.Web.Tests.Security;

/// <summary>Control characters typed into the admin forms: the store keeps none (a NUL included, which ASP.NET Core's form
/// reader refused with a bare 400), and the public XML (Atom feeds, OAI-PMH, sitemap) stays well-formed even for a
/// document an older archive stored with them.</summary>
public sealed class ControlCharacterTests : IClassFixture<EditorsAppFactory>
{
    private readonly EditorsAppFactory _app;

    public ControlCharacterTests(EditorsAppFactory app) => _app = app;

    private static bool HasControl(string text) => text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));

    /// <summary>Every public XML answer that may show the document: 200 and a document XML parsers accept.</summary>
    private async Task<string> PublicXmlAsync(string id, string tagSlug, string word)
    {
        var reader = _app.CreateClient();
        var texts = new List<string>();
        foreach (var url in new[]
        {
            "/feeds/atom", $"/feeds/tag/{tagSlug}", $"/feeds/search?q={word}", "/sitemap.xml",
            "/oai?verb=ListRecords&metadataPrefix=oai_dc", $"/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:policyarchive:{id}",
        })
        {
            var response = await reader.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
            XDocument.Parse(body);
            texts.Add(body);
        }
        return string.Join("\n", texts);
    }

    [Fact]
    public async Task Control_characters_typed_in_the_form_are_not_stored_and_the_feeds_and_oai_show_the_document()
    {
        var admin = await EditorSteps.LoggedInAsync(_app, "Administrator");
        var word = "ctrlword" + Guid.NewGuid().ToString("N")[..8];
        var page = await PageForms.GetAsync(admin, "/admin/documents/new");
        var saved = await PageForms.SubmitAsync(admin, page, "#save", new Dictionary<string, string>
        {
            ["Input.Title"] = "Ctrl\u0001\u0007\u001b[31mred end",
            ["Input.Language"] = "en",
            ["Input.Authors"] = "Ada\u0002 Lovelace",
            ["Input.Tags"] = "t\u0001g",
            ["Input.Body"] = $"Body ctrl one \u0001 unique {word}.\n\n" + EditorSteps.UniqueBody("control"),
        });
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"{(int)saved.StatusCode}: {await saved.Content.ReadAsStringAsync()}");
        var id = EditorSteps.IdOf(saved.Headers.Location!.ToString());

        var document = await PageForms.FollowAsync(admin, saved);
        Assert.Equal("Ctrl[31mred end", document.Text("h1"));
        var stored = await _app.WithStoreAsync(db => db.Documents.Include(d => d.Authors).Include(d => d.Tags).ThenInclude(t => t.Tag)
            .AsSplitQuery().SingleAsync(d => d.PublicId == id));
        Assert.Equal("Ctrl[31mred end", stored.Title);
        Assert.Equal("Ada Lovelace", stored.Authors.Single().Name);
        Assert.Equal("tg", stored.Tags.Single().Tag.Name);
        Assert.Contains($"Body ctrl one  unique {word}.", stored.Body);
        Assert.False(HasControl(stored.Body));

        var xml = await PublicXmlAsync(id, "tg", word);
        Assert.Contains("Ctrl[31mred end", xml);
    }

    [Fact]
    public async Task A_document_stored_with_control_characters_before_does_not_break_the_feeds_or_oai()
    {
        var admin = await EditorSteps.LoggedInAsync(_app, "Administrator");
        var word = "oldctrl" + Guid.NewGuid().ToString("N")[..8];
        var permalink = await EditorSteps.AddByPasteAsync(admin, "Ancien texte " + word, $"{word} " + EditorSteps.UniqueBody("ancien"), "ancienne" + word);
        var id = EditorSteps.IdOf(permalink);
        var tagSlug = "ancienne" + word;

        // As an older archive holds them: written past the store's cleaning (an update the change tracker never sees).
        await _app.WithStoreAsync(async db =>
        {
            await db.Documents.Where(d => d.PublicId == id).ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Title, "Old\u001b[0m title \u0001 " + word)
                .SetProperty(d => d.Body, $"{word} old body \u0007 with a bell\u0000 and a NUL.\n\n" + EditorSteps.UniqueBody("ancien")));
            await db.DocumentAuthors.Where(a => db.Documents.Any(d => d.Id == a.DocumentId && d.PublicId == id))
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Name, "Jeanne\u0008 Martin"));
            return await db.Tags.Where(t => t.Slug == tagSlug).ExecuteUpdateAsync(s => s.SetProperty(t => t.Name, "ancienne\u0001" + word));
        });
        Assert.Contains(await _app.WithStoreAsync(db => db.Documents.Where(d => d.PublicId == id).Select(d => d.Title).SingleAsync()), c => c == '\u001b');
        // A later save drops the cached feeds, as any change does; the old document is still among the latest.
        await EditorSteps.AddByPasteAsync(admin, "Plus récent " + word, EditorSteps.UniqueBody("récent"));

        var xml = await PublicXmlAsync(id, tagSlug, word);
        Assert.Contains($"Old[0m title  {word}", xml);
        Assert.Contains("Jeanne Martin", xml);
    }

    [Fact]
    public async Task A_nul_in_any_field_of_a_url_encoded_form_is_dropped_and_the_save_goes_through()
    {
        var admin = await EditorSteps.LoggedInAsync(_app, "Administrator");
        var word = "nulword" + Guid.NewGuid().ToString("N")[..8];
        var page = await PageForms.GetAsync(admin, "/admin/documents/new");
        var saved = await PageForms.SubmitAsync(admin, page, "#save", new Dictionary<string, string>
        {
            ["Input.Title"] = "a\u0000b " + word,
            ["Input.Language"] = "en",
            ["Input.Body"] = $"Body with a \u0000 NUL {word}.\n\n" + EditorSteps.UniqueBody("nul"),
            ["Input.Note"] = "note\u0000",
            ["junk"] = "a\u0000b",
        }, urlEncoded: true);
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"{(int)saved.StatusCode}: {await saved.Content.ReadAsStringAsync()}");
        var document = await PageForms.FollowAsync(admin, saved);
        Assert.Equal("ab " + word, document.Text("h1"));

        // The edit form is url-encoded whatever sends it: a NUL pasted into the text no longer loses the edit.
        var edit = await EditorSteps.EditPageAsync(admin, saved.Headers.Location!.ToString());
        var body = $"Edited body \u0000 kept {word}.\n\n" + EditorSteps.UniqueBody("nul");
        var edited = await PageForms.SubmitAsync(admin, edit, "#save", new Dictionary<string, string> { ["Input.Body"] = body });
        Assert.True(edited.StatusCode == HttpStatusCode.Redirect, $"{(int)edited.StatusCode}: {await edited.Content.ReadAsStringAsync()}");
        var id = EditorSteps.IdOf(saved.Headers.Location!.ToString());
        var stored = await _app.WithStoreAsync(db => db.Documents.Where(d => d.PublicId == id).Select(d => d.Body).SingleAsync());
        Assert.StartsWith($"Edited body  kept {word}.", stored);
    }
}
