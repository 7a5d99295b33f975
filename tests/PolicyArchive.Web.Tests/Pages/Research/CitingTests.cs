using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using PolicyArchive.Web.Tests.Pages.Admin.Support;

namespace PolicyArchive.Web.Tests.Pages.Research;

/// <summary>Citing: the citation's URL names the revision and keeps showing it; every paragraph has an anchor that
/// survives revisions where it is unchanged, a "cite this passage" link, and citation downloads that carry it.</summary>
public sealed class CitingTests(ResearchAppFactory app) : IClassFixture<ResearchAppFactory>
{
    private const string Kept = "Ce paragraphe ne changera jamais, il reste tel quel.";
    private const string Changed = "Ce paragraphe-ci sera réécrit.";

    private static List<string> Anchors(IDocument page) =>
        page.QuerySelectorAll(".body p[id^='p-'], .body li[id^='p-']").Select(p => p.Id!).ToList();

    [Fact]
    public async Task The_suggested_citation_names_its_revision_and_that_url_keeps_showing_it_after_an_edit()
    {
        var editor = await EditorSteps.LoggedInAsync(app);
        var body = Kept + "\n\n" + Changed + "\n\n" + EditorSteps.UniqueBody("citation");
        var permalink = await EditorSteps.AddByPasteAsync(editor, "Texte à citer", body);
        var reader = app.Browser();
        var first = await PageForms.GetAsync(reader, permalink);
        var line = first.QuerySelector("#citation-line")!.TextContent;
        var cited = $"http://localhost{permalink}?rev=1";
        Assert.Contains(cited, line, StringComparison.Ordinal);
        Assert.Equal(cited, first.QuerySelector("a[href$='?rev=1']")!.GetAttribute("href"));
        var keptAnchor = first.QuerySelectorAll(".body p").Single(p => p.TextContent.StartsWith(Kept, StringComparison.Ordinal)).Id!;
        var changedAnchor = first.QuerySelectorAll(".body p").Single(p => p.TextContent.StartsWith(Changed, StringComparison.Ordinal)).Id!;

        var edit = await EditorSteps.EditPageAsync(editor, permalink);
        var saved = await PageForms.SubmitAsync(editor, edit, "#save", new Dictionary<string, string>
        {
            ["Input.Body"] = "Un nouveau premier paragraphe.\n\n" + body.Replace(Changed, "Ce paragraphe-ci a été réécrit.", StringComparison.Ordinal),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var old = await PageForms.GetAsync(reader, cited);
        Assert.Contains(Changed, old.QuerySelector(".body")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(changedAnchor, Anchors(old));
        var latest = await PageForms.GetAsync(reader, permalink);
        Assert.Contains($"http://localhost{permalink}?rev=2", latest.QuerySelector("#citation-line")!.TextContent, StringComparison.Ordinal);
        // The unchanged paragraph keeps its anchor though a paragraph was added before it; the rewritten one does not.
        var latestAnchors = Anchors(latest);
        Assert.Contains(keptAnchor, latestAnchors);
        Assert.DoesNotContain(changedAnchor, latestAnchors);
        Assert.Equal(latestAnchors.Count, latestAnchors.Distinct().Count());
    }

    [Fact]
    public async Task Each_paragraph_has_a_cite_this_passage_link_whose_citations_carry_the_passage()
    {
        var editor = await EditorSteps.LoggedInAsync(app);
        // A pasted text loses repeated blocks as ingestion cleans it; an editor's revision keeps them.
        var body = EditorSteps.UniqueBody("passage");
        var permalink = await EditorSteps.AddByPasteAsync(editor, "Passages répétés", body);
        var id = EditorSteps.IdOf(permalink);
        var edit = await EditorSteps.EditPageAsync(editor, permalink);
        var saved = await PageForms.SubmitAsync(editor, edit, "#save", new Dictionary<string, string> { ["Input.Body"] = "Même phrase.\n\nMême phrase.\n\n" + body });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await PageForms.GetAsync(app.Browser(), permalink);
        var paragraphs = page.QuerySelectorAll(".body p").ToList();
        Assert.All(paragraphs, p => Assert.Matches("^p-[0-9a-f]{8}(-[0-9]+)?$", p.Id));
        Assert.Equal(paragraphs[0].Id + "-2", paragraphs[1].Id);
        var link = paragraphs[2].QuerySelector("a.cite-passage")!;
        Assert.Equal($"http://localhost{permalink}?rev=2#{paragraphs[2].Id}", link.GetAttribute("href"));
        Assert.Equal("Cite this passage", link.GetAttribute("aria-label"));

        var client = app.Browser();
        var bib = await client.GetStringAsync($"/d/{id}/cite.bib?rev=2&p={paragraphs[2].Id}");
        Assert.Contains($"Passage: http://localhost{permalink}?rev=2\\#{paragraphs[2].Id}", bib, StringComparison.Ordinal);
        var ris = await client.GetStringAsync($"/d/{id}/cite.ris?rev=2&p={paragraphs[2].Id}");
        Assert.Contains($"N1  - Passage: http://localhost{permalink}?rev=2#{paragraphs[2].Id}", ris, StringComparison.Ordinal);
        using var csl = JsonDocument.Parse(await client.GetStringAsync($"/d/{id}/cite.json?p={paragraphs[0].Id}"));
        Assert.StartsWith($"Passage: http://localhost{permalink}?rev=2#{paragraphs[0].Id} (“Même phrase.”)", csl.RootElement[0].GetProperty("note").GetString(), StringComparison.Ordinal);

        var missing = await client.GetAsync($"/d/{id}/cite.bib?rev=2&p=p-00000000");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("has no paragraph", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authors_get_family_and_given_names_in_csl_and_ris()
    {
        var client = app.Browser();
        var page = await PageForms.GetAsync(client, "/search?q=Anthropic");
        var amodei = page.QuerySelectorAll("ol.results > li").Single(h => h.QuerySelector(".hit-authors")?.TextContent == "Dario Amodei");
        var id = amodei.QuerySelector("h2 a")!.GetAttribute("href")!.Split('/')[2];
        using var csl = JsonDocument.Parse(await client.GetStringAsync($"/d/{id}/cite.json"));
        var author = csl.RootElement[0].GetProperty("author")[0];
        Assert.Equal(("Amodei", "Dario"), (author.GetProperty("family").GetString(), author.GetProperty("given").GetString()));
        Assert.Contains("AU  - Amodei, Dario\r\n", await client.GetStringAsync($"/d/{id}/cite.ris"), StringComparison.Ordinal);
    }
}
