using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Web.Tests.Pages.Admin.Support;

namespace PolicyArchive.Web.Tests.Pages.Admin;

public sealed class CurationTests : IClassFixture<EditorsAppFactory>
{
    private readonly EditorsAppFactory _app;

    public CurationTests(EditorsAppFactory app) => _app = app;

    [Fact]
    public async Task Relation_added_on_one_document_is_listed_on_both_with_the_labels_of_each_side()
    {
        var client = await EditorSteps.LoggedInAsync(_app);
        var original = await EditorSteps.AddByPasteAsync(client, "The case for export controls", EditorSteps.UniqueBody("original essay"));
        var translation = await EditorSteps.AddByPasteAsync(client, "Plaidoyer pour les contrôles", EditorSteps.UniqueBody("traduction"));

        var edit = await EditorSteps.EditPageAsync(client, translation);
        var added = await PageForms.SubmitAsync(client, edit, "#add-relation", new Dictionary<string, string>
        {
            ["relationType"] = "TranslationOf",
            ["relationTarget"] = "https://archive.example" + original,
        });
        var after = await PageForms.FollowAsync(client, added);
        Assert.Contains("Translation of: The case for export controls", after.Text("ul.relations"));

        var otherSide = await EditorSteps.EditPageAsync(client, original);
        Assert.Contains("Translated as: Plaidoyer pour les contrôles", otherSide.Text("ul.relations"));
        Assert.Equal(translation, otherSide.QuerySelector("ul.relations a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Relation_to_an_unknown_document_or_to_itself_gets_a_message_next_to_the_field()
    {
        var client = await EditorSteps.LoggedInAsync(_app);
        var permalink = await EditorSteps.AddByPasteAsync(client, "Seul", EditorSteps.UniqueBody("solitaire"));
        var edit = await EditorSteps.EditPageAsync(client, permalink);
        var unknown = await PageForms.ParseAsync(await PageForms.SubmitAsync(client, edit, "#add-relation", new Dictionary<string, string> { ["relationTarget"] = "zzzzzzzz" }));
        Assert.Contains("There is no document zzzzzzzz", unknown.Text("#relationTarget-error"));
        var self = await PageForms.ParseAsync(await PageForms.SubmitAsync(client, unknown, "#add-relation", new Dictionary<string, string> { ["relationTarget"] = permalink }));
        Assert.Contains("cannot be related to itself", self.Text("#relationTarget-error"));
    }

    [Fact]
    public async Task Renaming_a_tag_changes_its_page_and_search_filter_and_merging_moves_its_documents()
    {
        var client = await EditorSteps.LoggedInAsync(_app);
        var a = await EditorSteps.AddByPasteAsync(client, "Puces A", EditorSteps.UniqueBody("puces"), "semi-conducteurs");
        var b = await EditorSteps.AddByPasteAsync(client, "Puces B", EditorSteps.UniqueBody("chips"), "semiconducteurs");

        var tags = await PageForms.GetAsync(client, "/admin/tags");
        var renamed = await PageForms.FollowAsync(client, await PageForms.SubmitAsync(client, tags, "tr[data-tag='semi-conducteurs'] button.rename", new Dictionary<string, string> { ["name"] = "Semi-conducteurs (puces)" }));
        Assert.Contains("Renamed", renamed.Text("[role=status]"));
        var tagPage = await PageForms.GetAsync(client, "/browse/tag/semi-conducteurs-puces");
        Assert.Equal("Tag: Semi-conducteurs (puces)", tagPage.Text("h1"));
        Assert.Equal(a, tagPage.QuerySelector("ul.results a")!.GetAttribute("href"));

        var targetId = renamed.QuerySelector("tr[data-tag='semi-conducteurs-puces'] input[name=tagId]")!.GetAttribute("value")!;
        var merged = await PageForms.FollowAsync(client, await PageForms.SubmitAsync(client, renamed, "tr[data-tag='semiconducteurs'] button.merge", new Dictionary<string, string> { ["target"] = targetId }));
        Assert.Null(merged.QuerySelector("tr[data-tag='semiconducteurs']"));
        var both = await PageForms.GetAsync(client, "/browse/tag/semi-conducteurs-puces");
        Assert.Equal(new[] { a, b }.Order(), both.QuerySelectorAll("ul.results a").Select(l => l.GetAttribute("href")!).Order());
        // Every old address of the renamed and the merged tag — the first scheme's, the browse page's, the feed's — leads
        // to the tag's one address.
        foreach (var old in new[] { "semiconducteurs", "semi-conducteurs" })
        {
            foreach (var (address, now) in new[] { ("/tags/" + old, "/browse/tag/semi-conducteurs-puces"), ("/browse/tag/" + old, "/browse/tag/semi-conducteurs-puces"), ("/feeds/tag/" + old, "/feeds/tag/semi-conducteurs-puces") })
            {
                var moved = await client.GetAsync(address);
                Assert.True(HttpStatusCode.MovedPermanently == moved.StatusCode, $"{address}: {(int)moved.StatusCode}");
                Assert.Equal(now, moved.Headers.Location!.ToString());
            }
        }
        Assert.Equal(HttpStatusCode.MovedPermanently, (await client.GetAsync("/tags/semi-conducteurs-puces")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/browse/tag/jamais-vu")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/feeds/tag/jamais-vu")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/tags/jamais-vu")).StatusCode);
        var search = JsonDocument.Parse(await client.GetStringAsync("/api/documents/" + EditorSteps.IdOf(b))).RootElement.ToString();
        Assert.Contains("Semi-conducteurs (puces)", search);
    }

    [Fact]
    public async Task Renaming_a_tag_to_the_name_of_another_asks_to_merge_instead()
    {
        var client = await EditorSteps.LoggedInAsync(_app);
        await EditorSteps.AddByPasteAsync(client, "Tags en double", EditorSteps.UniqueBody("doublons"), "IA ouverte, Modèles ouverts");
        var tags = await PageForms.GetAsync(client, "/admin/tags");
        var response = await PageForms.SubmitAsync(client, tags, "tr[data-tag='ia-ouverte'] button.rename", new Dictionary<string, string> { ["name"] = "modèles  ouverts" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("merge the two instead", (await PageForms.ParseAsync(response)).Text("tr[data-tag='ia-ouverte'] .error"));
    }

    [Fact]
    public async Task Collection_has_its_permalink_with_the_introduction_rendered_and_documents_in_the_chosen_order()
    {
        var client = await EditorSteps.LoggedInAsync(_app);
        var first = await EditorSteps.AddByPasteAsync(client, "Premier texte", EditorSteps.UniqueBody("premier"));
        var second = await EditorSteps.AddByPasteAsync(client, "Second texte", EditorSteps.UniqueBody("second"));

        var index = await PageForms.GetAsync(client, "/admin/collections");
        var created = await PageForms.SubmitAsync(client, index, "#create-collection", new Dictionary<string, string>
        {
            ["Title"] = "L'appel aux contrôles",
            ["Introduction"] = "Les textes qui **répondent** à l'appel.\n\n<script>alert(1)</script> [lien](javascript:alert(2))",
        });
        var edit = await PageForms.FollowAsync(client, created);
        edit = await PageForms.FollowAsync(client, await PageForms.SubmitAsync(client, edit, "#add", new Dictionary<string, string> { ["document"] = first }));
        edit = await PageForms.FollowAsync(client, await PageForms.SubmitAsync(client, edit, "#add", new Dictionary<string, string> { ["document"] = EditorSteps.IdOf(second) }));
        edit = await PageForms.FollowAsync(client, await PageForms.SubmitAsync(client, edit, "button.up"));

        var response = await _app.Browser().GetAsync("/collections/l-appel-aux-controles");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageForms.ParseAsync(response);
        Assert.Equal("répondent", page.Text(".introduction strong"));
        Assert.Equal(new[] { second, first }, page.QuerySelectorAll("ol.collection-items a").Select(a => a.GetAttribute("href")!));
        Assert.Empty(page.QuerySelectorAll(".introduction script"));
        Assert.DoesNotContain(page.QuerySelectorAll(".introduction a"), a => a.GetAttribute("href")?.StartsWith("javascript", StringComparison.OrdinalIgnoreCase) == true);

        var duplicate = await PageForms.ParseAsync(await PageForms.SubmitAsync(client, edit, "#add", new Dictionary<string, string> { ["document"] = first }));
        Assert.Contains("already in the collection", duplicate.Text("#add-document"));
    }

    [Fact]
    public async Task Moving_a_document_another_editor_removed_meanwhile_says_so_and_saves_nothing()
    {
        var client = await EditorSteps.LoggedInAsync(_app);
        var first = await EditorSteps.AddByPasteAsync(client, "Texte à déplacer", EditorSteps.UniqueBody("deplacer"));
        var second = await EditorSteps.AddByPasteAsync(client, "Texte qui reste", EditorSteps.UniqueBody("reste"));
        var index = await PageForms.GetAsync(client, "/admin/collections");
        var edit = await PageForms.FollowAsync(client, await PageForms.SubmitAsync(client, index, "#create-collection",
            new Dictionary<string, string> { ["Title"] = "Ordre " + EditorSteps.IdOf(first) }));
        edit = await PageForms.FollowAsync(client, await PageForms.SubmitAsync(client, edit, "#add", new Dictionary<string, string> { ["document"] = first }));
        edit = await PageForms.FollowAsync(client, await PageForms.SubmitAsync(client, edit, "#add", new Dictionary<string, string> { ["document"] = second }));
        // The first text's "down" button, kept from this page while another editor removes the text.
        var stale = edit;
        await PageForms.FollowAsync(client, await PageForms.SubmitAsync(client, edit, "button.remove"));
        var audit = await _app.WithStoreAsync(db => db.AuditEntries.CountAsync());

        var response = await PageForms.SubmitAsync(client, stale, "button.down");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageForms.ParseAsync(response);
        Assert.Equal("This document is not in the collection.", page.Text("[role=alert]"));
        Assert.DoesNotContain("Order saved.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(audit, await _app.WithStoreAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task Script_in_titles_and_markdown_is_stored_as_text_and_rendered_inert_everywhere()
    {
        var client = await EditorSteps.LoggedInAsync(_app);
        const string title = "<script>alert('titre')</script><img src=x onerror=alert(1)>";
        var body = EditorSteps.UniqueBody("xss") + "\n\n<script>alert('corps')</script>\n\n[clic](javascript:alert(2)) <a href=\"javascript:alert(3)\" onclick=\"alert(4)\">x</a>\n\n<div onmouseover=\"alert(5)\">survol</div>";
        var page = await PageForms.GetAsync(client, "/admin/documents/new");
        var preview = await PageForms.ParseAsync(await PageForms.SubmitAsync(client, page, "#preview", EditorSteps.Fields(title, body)));
        AssertInert(preview, "#live-preview");

        var permalink = await EditorSteps.AddByPasteAsync(client, title, body);
        var id = EditorSteps.IdOf(permalink);
        var stored = await _app.WithStoreAsync(db => Task.FromResult(db.Documents.Single(d => d.PublicId == id)));
        Assert.Equal(title, stored.Title);
        Assert.Contains("<script>alert('corps')</script>", stored.Body);

        var edited = await PageForms.SubmitAsync(client, await EditorSteps.EditPageAsync(client, permalink), "#save", new Dictionary<string, string> { ["Input.Body"] = body + "\n\n<svg onload=alert(6)>" });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        foreach (var url in new[] { permalink, $"/d/{id}/revisions", $"/d/{id}/compare?a=1&b=2", $"/admin/documents/{id}/edit", "/admin" })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
            AssertInert(await PageForms.ParseAsync(response), "main");
        }
    }

    private static void AssertInert(IDocument page, string region)
    {
        var root = page.QuerySelector(region)!;
        Assert.Empty(root.QuerySelectorAll("script, img, svg, iframe"));
        foreach (var element in root.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            Assert.False(element.GetAttribute("href")?.TrimStart().StartsWith("javascript", StringComparison.OrdinalIgnoreCase) == true, element.OuterHtml);
        }
    }
}
