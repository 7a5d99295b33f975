using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using PolicyArchive.Web.Tests.Pages.Admin.Support;

namespace PolicyArchive.Web.Tests.Pages.Research;

/// <summary>A result set leaves the results page whole: as BibTeX, RIS, CSL-JSON and CSV, and as a named search an
/// editor keeps, listed with its feed.</summary>
public sealed class ResultSetTests(ResearchAppFactory app) : IClassFixture<ResearchAppFactory>
{
    [Fact]
    public async Task The_whole_result_set_exports_from_the_results_page_in_four_formats()
    {
        await app.EditorWithDatedSetAsync();
        var client = app.Browser();
        var page = await PageForms.GetAsync(client, "/search?q=" + ResearchAppFactory.Word + "&sort=oldest");
        Assert.Equal(10, page.QuerySelectorAll("ol.results > li").Length);
        Assert.Contains("Export the 12 results", page.QuerySelector(".exports")!.TextContent, StringComparison.Ordinal);
        string Href(string label) => page.QuerySelectorAll(".exports a").Single(a => a.TextContent == label).GetAttribute("href")!;

        var bib = await client.GetAsync(Href("BibTeX"));
        Assert.Equal("application/x-bibtex", bib.Content.Headers.ContentType!.MediaType);
        var bibText = await bib.Content.ReadAsStringAsync();
        Assert.Equal(12, bibText.Split("@online{").Length - 1);
        Assert.Contains("author = {{Martin}, Jeanne}", bibText, StringComparison.Ordinal);
        // In the page's order (oldest first): the 2023 notes come before the 2025 ones.
        Assert.True(bibText.IndexOf("date = {2023}", StringComparison.Ordinal) < bibText.IndexOf("date = {2025-05-02}", StringComparison.Ordinal));

        var ris = await client.GetStringAsync(Href("RIS"));
        Assert.Equal(12, ris.Split("\r\n").Count(l => l.StartsWith("ER  - ", StringComparison.Ordinal)));
        Assert.Contains("AU  - Martin, Jeanne\r\n", ris, StringComparison.Ordinal);

        using var csl = JsonDocument.Parse(await client.GetStringAsync(Href("CSL-JSON")));
        Assert.Equal(12, csl.RootElement.GetArrayLength());
        Assert.All(csl.RootElement.EnumerateArray(), item => Assert.Contains("?rev=1", item.GetProperty("URL").GetString(), StringComparison.Ordinal));

        var csv = (await client.GetStringAsync(Href("CSV"))).TrimStart('\uFEFF');
        Assert.StartsWith("id,url,title", csv, StringComparison.Ordinal);
        Assert.Equal(12, System.Text.RegularExpressions.Regex.Matches(csv, @"^\w+,http://localhost/d/", System.Text.RegularExpressions.RegexOptions.Multiline).Count);
    }

    [Fact]
    public async Task A_filtered_export_holds_only_the_filtered_results_and_a_bad_format_is_a_clear_400()
    {
        await app.EditorWithDatedSetAsync();
        var client = app.Browser();
        using var csl = JsonDocument.Parse(await client.GetStringAsync("/search/export.json?q=" + ResearchAppFactory.Word + "&year=2023"));
        Assert.Equal(3, csl.RootElement.GetArrayLength());
        var bad = await client.GetAsync("/search/export.doc?q=" + ResearchAppFactory.Word);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("bib, ris, json or csv", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/search/export.bib")).StatusCode);
    }

    [Fact]
    public async Task An_editor_saves_a_named_search_listed_with_its_feed_and_readers_see_no_save_form()
    {
        var editor = await app.EditorWithDatedSetAsync();
        Assert.Null((await PageForms.GetAsync(app.Browser(), "/search?q=" + ResearchAppFactory.Word)).QuerySelector("form.save-search"));

        var results = await PageForms.GetAsync(editor, "/search?q=" + ResearchAppFactory.Word + "&year=2024&sort=newest");
        var saved = await PageForms.FollowAsync(editor, await PageForms.SubmitAsync(editor, results, "form.save-search button",
            new Dictionary<string, string> { ["name"] = "Notes de 2024" }));
        Assert.Contains("Saved \"Notes de 2024\"", saved.Text("[role=status]"), StringComparison.Ordinal);
        var row = saved.QuerySelector("tr[data-saved-search='Notes de 2024']")!;
        var open = row.QuerySelector("td a")!.GetAttribute("href")!;
        Assert.Equal(4, (await PageForms.GetAsync(editor, open)).QuerySelectorAll("ol.results > li").Length);
        var feed = XDocument.Parse(await app.Browser().GetStringAsync(row.QuerySelector("a.feed-link")!.GetAttribute("href")!));
        Assert.Equal(4, feed.Root!.Elements(XName.Get("entry", "http://www.w3.org/2005/Atom")).Count());

        // The same name twice is refused with a message, and nothing is added.
        var again = await PageForms.SubmitAsync(editor, results, "form.save-search button", new Dictionary<string, string> { ["name"] = "Notes de 2024" });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("already called", (await PageForms.ParseAsync(again)).Text("[role=alert]"), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithStoreAsync(db => Task.FromResult(db.SavedSearches.Count(s => s.Name == "Notes de 2024"))));

        // A reader cannot save one.
        var anonymous = await PageForms.SubmitAsync(app.Browser(), results, "form.save-search button", new Dictionary<string, string> { ["name"] = "Intrus" });
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Equal(0, await app.WithStoreAsync(db => Task.FromResult(db.SavedSearches.Count(s => s.Name == "Intrus"))));
    }
}
