using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Web.Tests.Pages.Admin.Support;

namespace PolicyArchive.Web.Tests.Pages.Admin;

/// <summary>A name the store would keep empty or invisible (control characters, which it removes, or zero-width
/// characters alone) is refused with the form's own message, and a name is compared with others as the store keeps it:
/// these were saved as empty names, and a saved search's name one control character apart from another answered 500.</summary>
public sealed class BlankNamesTests(EditorsAppFactory app) : IClassFixture<EditorsAppFactory>
{
    private static readonly string[] s_blank = ["\u0001\u0002", "\u001f\u007f", "\u200b", "\u200b\u200c\u2060 "];

    [Fact]
    public async Task A_saved_search_is_named_and_searches_something_and_its_name_is_compared_as_stored()
    {
        var editor = await EditorSteps.LoggedInAsync(app);
        var results = await ResultsPageAsync(editor);
        var name = "Puces " + Guid.NewGuid().ToString("N")[..8];
        await PageForms.FollowAsync(editor, await PageForms.SubmitAsync(editor, results, "form.save-search button", new Dictionary<string, string> { ["name"] = name }));

        var twin = await PageForms.SubmitAsync(editor, results, "form.save-search button", new Dictionary<string, string> { ["name"] = name + "\u0001" });
        Assert.Equal(HttpStatusCode.OK, twin.StatusCode);
        Assert.Contains($"A saved search is already called \"{name}\".", (await PageForms.ParseAsync(twin)).Text("[role=alert]"));

        foreach (var blank in s_blank)
        {
            var unnamed = await PageForms.ParseAsync(await PageForms.SubmitAsync(editor, results, "form.save-search button", new Dictionary<string, string> { ["name"] = blank }));
            Assert.Contains("Give the search a name.", unnamed.Text("[role=alert]"));
        }
        foreach (var nothing in new[] { "?q=", "?q=%20%20", "?q=&sort=newest", "?q=NOT" })
        {
            var empty = await PageForms.ParseAsync(await PageForms.SubmitAsync(editor, results, "form.save-search button",
                new Dictionary<string, string> { ["name"] = "Rien " + Guid.NewGuid().ToString("N")[..8], ["query"] = nothing }));
            Assert.Contains("There is no search to save", empty.Text("[role=alert]"));
        }
        Assert.Equal([name], await app.WithStoreAsync(db => db.SavedSearches.Where(s => s.Name.StartsWith("Puces ") || s.Name.StartsWith("Rien ") || s.Name == "").Select(s => s.Name).ToListAsync()));
    }

    [Fact]
    public async Task A_tag_is_not_renamed_to_nothing_nor_to_a_name_the_document_form_would_split()
    {
        var editor = await EditorSteps.LoggedInAsync(app);
        var tag = "marsupiaux" + Guid.NewGuid().ToString("N")[..6];
        var permalink = await EditorSteps.AddByPasteAsync(editor, "Texte étiqueté", EditorSteps.UniqueBody("etiquete"), tag);
        foreach (var (typed, message) in s_blank.Select(b => (b, "Give the tag a name."))
            .Append(("Marsupiaux, données", "A tag name cannot hold a comma: the document form separates tags with commas.")))
        {
            var tags = await PageForms.GetAsync(editor, "/admin/tags");
            var response = await PageForms.SubmitAsync(editor, tags, $"tr[data-tag='{tag}'] button.rename", new Dictionary<string, string> { ["name"] = typed });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(message, (await PageForms.ParseAsync(response)).Text($"tr[data-tag='{tag}'] .error"));
        }
        Assert.Equal([tag], await app.WithStoreAsync(db => db.Documents.Where(d => d.PublicId == EditorSteps.IdOf(permalink))
            .SelectMany(d => d.Tags.Select(t => t.Tag.Name)).ToListAsync()));
        Assert.False(await app.WithStoreAsync(db => db.Tags.AnyAsync(t => t.Name == "" || t.Name.Contains(","))));
    }

    [Fact]
    public async Task A_tag_label_that_shows_nothing_removes_the_label()
    {
        var editor = await EditorSteps.LoggedInAsync(app);
        var tag = "etiquette" + Guid.NewGuid().ToString("N")[..6];
        await EditorSteps.AddByPasteAsync(editor, "Texte à étiquette", EditorSteps.UniqueBody("libelle"), tag);
        var tags = await PageForms.FollowAsync(editor, await PageForms.SubmitAsync(editor, await PageForms.GetAsync(editor, "/admin/tags"),
            $"tr[data-tag='{tag}'] button.save-labels", new Dictionary<string, string> { ["labelFr"] = "Une étiquette" }));
        Assert.Equal(["Une étiquette"], await app.WithStoreAsync(db => db.Tags.Where(t => t.Slug == tag).SelectMany(t => t.Labels.Select(l => l.Label)).ToListAsync()));

        foreach (var blank in s_blank)
        {
            tags = await PageForms.FollowAsync(editor, await PageForms.SubmitAsync(editor, tags, $"tr[data-tag='{tag}'] button.save-labels",
                new Dictionary<string, string> { ["labelEn"] = blank, ["labelFr"] = blank }));
            Assert.False(await app.WithStoreAsync(db => db.Tags.Where(t => t.Slug == tag).SelectMany(t => t.Labels).AnyAsync()));
        }
    }

    [Fact]
    public async Task A_collection_a_concept_and_a_document_are_not_created_without_a_visible_name()
    {
        var admin = await EditorSteps.LoggedInAsync(app, "Administrator");
        var collections = await app.WithStoreAsync(db => db.Collections.CountAsync());
        var concepts = await app.WithStoreAsync(db => db.ThesaurusConcepts.CountAsync());
        var documents = await app.WithStoreAsync(db => db.Documents.CountAsync());
        foreach (var blank in s_blank)
        {
            var collection = await PageForms.SubmitAsync(admin, await PageForms.GetAsync(admin, "/admin/collections"), "#create-collection",
                new Dictionary<string, string> { ["Title"] = blank });
            Assert.Equal(HttpStatusCode.OK, collection.StatusCode);
            Assert.Contains("Give the collection a title.", (await PageForms.ParseAsync(collection)).Text("#new-collection"));

            var concept = await PageForms.SubmitAsync(admin, await PageForms.GetAsync(admin, "/admin/thesaurus/new"), "#save-concept",
                new Dictionary<string, string> { ["Input.Label"] = blank, ["Input.Terms"] = "en: qwertyuiopz" + collections });
            Assert.Equal("Give the concept a label.", (await PageForms.ParseAsync(concept)).Text("#label-error"));

            var document = await PageForms.SubmitAsync(admin, await PageForms.GetAsync(admin, "/admin/documents/new"), "#save",
                EditorSteps.Fields(blank, EditorSteps.UniqueBody("invisible")));
            Assert.Equal(HttpStatusCode.OK, document.StatusCode);
            Assert.Contains("Give the document a title.", (await PageForms.ParseAsync(document)).Text("[data-valmsg-for='Input.Title']"));
        }
        Assert.Equal(collections, await app.WithStoreAsync(db => db.Collections.CountAsync()));
        Assert.Equal(concepts, await app.WithStoreAsync(db => db.ThesaurusConcepts.CountAsync()));
        Assert.Equal(documents, await app.WithStoreAsync(db => db.Documents.CountAsync()));
    }

    [Fact]
    public async Task An_author_or_tag_entry_that_shows_nothing_is_no_author_or_tag()
    {
        var editor = await EditorSteps.LoggedInAsync(app);
        var tag = "veille" + Guid.NewGuid().ToString("N")[..6];
        var fields = EditorSteps.Fields("Entrées invisibles", EditorSteps.UniqueBody("entrees"), $"{tag},\u200b, \u0001\u0002 ,{tag}\u0001");
        fields["Input.Authors"] = "Ada Lovelace;\u200b\u2060; \u0001 ;Ada Lovelace\u0001";
        var response = await PageForms.SubmitAsync(editor, await PageForms.GetAsync(editor, "/admin/documents/new"), "#save", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = EditorSteps.IdOf(response.Headers.Location!.ToString());
        Assert.Equal(["Ada Lovelace"], await app.WithStoreAsync(db => db.Documents.Where(d => d.PublicId == id).SelectMany(d => d.Authors.Select(a => a.Name)).ToListAsync()));
        Assert.Equal([tag], await app.WithStoreAsync(db => db.DocumentTags.Where(t => t.Document.PublicId == id).Select(t => t.Tag.Name).ToListAsync()));
    }

    [Fact]
    public async Task A_display_name_of_invisible_characters_is_no_name()
    {
        var editor = await EditorSteps.LoggedInAsync(app);
        var saved = await PageForms.FollowAsync(editor, await PageForms.SubmitAsync(editor, await PageForms.GetAsync(editor, "/account"), "#save-name",
            new Dictionary<string, string> { ["DisplayName"] = "\u200b\u2060" }));
        Assert.Contains("Revision histories now show \"an editor\" for your changes.", saved.Text("[role=status]"));
    }

    private async Task<AngleSharp.Dom.IDocument> ResultsPageAsync(HttpClient editor)
    {
        var word = "zorblatt" + Guid.NewGuid().ToString("N")[..6];
        await EditorSteps.AddByPasteAsync(editor, "Recherche " + word, EditorSteps.UniqueBody(word) + " " + word);
        // The index takes the new document in the background.
        var results = await PageForms.GetAsync(editor, "/search?q=" + word);
        for (var i = 0; i < 50 && results.QuerySelector("form.save-search") is null; i++)
        {
            await Task.Delay(200);
            results = await PageForms.GetAsync(editor, "/search?q=" + word);
        }
        return results;
    }
}
