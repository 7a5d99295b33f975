using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Web.Tests.Pages.Admin.Support;

namespace PolicyArchive.Web.Tests.Pages.Admin;

/// <summary>Names without letters or digits, or told apart only by symbols, keep distinct slugs — tags, collections and
/// thesaurus keys — so nothing is merged or mislabelled; a tag's address given by an earlier rule keeps working.</summary>
public sealed class DistinctSlugsTests(EditorsAppFactory app) : IClassFixture<EditorsAppFactory>
{
    private static readonly string[] Symbolic = ["🤖", "💾", "C++", "C#", "???"];

    [Fact]
    public async Task Tags_made_of_symbols_stay_five_tags_each_with_its_own_page()
    {
        var editor = await EditorSteps.LoggedInAsync(app);
        var permalink = await EditorSteps.AddByPasteAsync(editor, "Étiquettes symboliques", EditorSteps.UniqueBody("symboles"), string.Join(", ", Symbolic));
        var reader = app.Browser();

        var page = await PageForms.GetAsync(reader, permalink);
        var tags = page.QuerySelectorAll("ul.tags a[rel=tag]").ToDictionary(a => a.TextContent, a => a.GetAttribute("href")!);
        Assert.Equal(Symbolic.Order(StringComparer.Ordinal), tags.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Symbolic.Length, tags.Values.Distinct().Count());
        Assert.Equal("/browse/tag/c-plus-plus", tags["C++"]);
        Assert.Equal("/browse/tag/c-sharp", tags["C#"]);
        foreach (var (name, href) in tags)
        {
            var browse = await PageForms.GetAsync(reader, href);
            Assert.Equal(name, browse.QuerySelector("h1 span")!.TextContent);
            Assert.Equal(permalink, browse.QuerySelector("ul.results a")!.GetAttribute("href"));
        }

        // A later document tagged "document" (the slug every symbol-only name once shared) is tagged "document".
        var later = await EditorSteps.AddByPasteAsync(editor, "Étiquette ordinaire", EditorSteps.UniqueBody("ordinaire"), "document");
        var laterPage = await PageForms.GetAsync(reader, later);
        var laterTag = Assert.Single(laterPage.QuerySelectorAll("ul.tags a[rel=tag]"));
        Assert.Equal("document", laterTag.TextContent);
        var browseLater = await PageForms.GetAsync(reader, laterTag.GetAttribute("href")!);
        Assert.Equal("document", browseLater.QuerySelector("h1 span")!.TextContent);
        Assert.Equal([later], browseLater.QuerySelectorAll("ul.results a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task A_tag_keeps_the_slug_an_earlier_rule_gave_it_and_a_new_name_with_that_slug_gets_its_own()
    {
        var editor = await EditorSteps.LoggedInAsync(app);
        var robot = "🛰";
        var first = await EditorSteps.AddByPasteAsync(editor, "Ancienne étiquette", EditorSteps.UniqueBody("ancienne"), robot);
        // As an archive from before the fix holds it: the symbol-only tag under the shared slug "document-old".
        var old = "document-old";
        await app.WithStoreAsync(async db =>
        {
            var tag = await db.Tags.SingleAsync(t => t.Name == robot);
            tag.Slug = old;
            return await db.SaveChangesAsync();
        });

        var reader = app.Browser();
        var second = await EditorSteps.AddByPasteAsync(editor, "Nouvelle étiquette", EditorSteps.UniqueBody("nouvelle"), $"Document old, {robot}");
        var page = await PageForms.GetAsync(reader, second);
        var tags = page.QuerySelectorAll("ul.tags a[rel=tag]").ToDictionary(a => a.TextContent, a => a.GetAttribute("href")!);
        // The symbol typed again is the old tag, at its old address; the new name is a tag of its own elsewhere.
        Assert.Equal($"/browse/tag/{old}", tags[robot]);
        Assert.NotEqual($"/browse/tag/{old}", tags["Document old"]);
        Assert.StartsWith("/browse/tag/document-old-", tags["Document old"], StringComparison.Ordinal);
        var oldPage = await PageForms.GetAsync(reader, $"/browse/tag/{old}");
        Assert.Equal(robot, oldPage.QuerySelector("h1 span")!.TextContent);
        Assert.Equal([second, first], oldPage.QuerySelectorAll("ul.results a").Select(a => a.GetAttribute("href")));
        var newPage = await PageForms.GetAsync(reader, tags["Document old"]);
        Assert.Equal([second], newPage.QuerySelectorAll("ul.results a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Collections_named_by_punctuation_alone_are_two_collections()
    {
        var editor = await EditorSteps.LoggedInAsync(app);
        foreach (var title in new[] { "!!!", "???" })
        {
            var index = await PageForms.GetAsync(editor, "/admin/collections");
            var created = await PageForms.SubmitAsync(editor, index, "#create-collection", new Dictionary<string, string> { ["Title"] = title, ["Introduction"] = "" });
            Assert.True(created.StatusCode == HttpStatusCode.Redirect, $"{title}: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
        }
        var slugs = await app.WithStoreAsync(db => db.Collections.Where(c => c.Title == "!!!" || c.Title == "???").Select(c => c.Slug).ToListAsync());
        Assert.Equal(2, slugs.Distinct().Count());
        Assert.DoesNotContain("document", slugs);
        foreach (var slug in slugs) Assert.Equal(HttpStatusCode.OK, (await app.Browser().GetAsync("/collections/" + Uri.EscapeDataString(slug))).StatusCode);

        // The same title again is still refused, with the message next to the field.
        var again = await PageForms.SubmitAsync(editor, await PageForms.GetAsync(editor, "/admin/collections"), "#create-collection", new Dictionary<string, string> { ["Title"] = "???", ["Introduction"] = "" });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("A collection with this name already exists.", (await PageForms.ParseAsync(again)).Text("main"));
    }

    [Fact]
    public async Task A_thesaurus_key_left_blank_is_made_from_a_Chinese_label_and_from_one_of_symbols()
    {
        var admin = await EditorSteps.LoggedInAsync(app, "Administrator");
        var chinese = await PageForms.SubmitAsync(admin, await PageForms.GetAsync(admin, "/admin/thesaurus/new"), "#save-concept",
            new Dictionary<string, string> { ["Input.Label"] = "出口管制", ["Input.Key"] = "", ["Input.Terms"] = "en: slugtestzzq controls" });
        await AssertSavedAsync(chinese);
        var symbols = await PageForms.SubmitAsync(admin, await PageForms.GetAsync(admin, "/admin/thesaurus/new"), "#save-concept",
            new Dictionary<string, string> { ["Input.Label"] = "!!!", ["Input.Key"] = "", ["Input.Terms"] = "fr: exclamationzzq" });
        await AssertSavedAsync(symbols);

        var keys = await app.WithStoreAsync(db => db.ThesaurusConcepts.Where(c => c.Label == "出口管制" || c.Label == "!!!").ToDictionaryAsync(c => c.Label, c => c.Key));
        Assert.Equal("出口管制", keys["出口管制"]);
        Assert.NotEqual("document", keys["!!!"]);
        // Each is listed under its key, and its edit page opens with its label.
        var list = await PageForms.GetAsync(admin, "/admin/thesaurus");
        foreach (var (label, key) in keys)
        {
            Assert.NotNull(list.QuerySelectorAll("tr[data-key]").SingleOrDefault(r => r.GetAttribute("data-key") == key));
            var edit = await PageForms.GetAsync(admin, $"/admin/thesaurus/{Uri.EscapeDataString(key)}/edit");
            Assert.Equal(label, ((AngleSharp.Html.Dom.IHtmlInputElement)edit.QuerySelector("#Input_Label")!).Value);
        }
    }

    private static async Task AssertSavedAsync(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.Redirect) Assert.Fail((await PageForms.ParseAsync(response)).Text("main"));
    }
}
