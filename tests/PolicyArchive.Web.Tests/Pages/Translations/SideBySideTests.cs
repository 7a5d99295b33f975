using System.Net;
using PolicyArchive.Web.Tests.Pages.Admin.Support;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Pages.Translations;

/// <summary>A reader opens an original and its translation side by side from either document and from a search hit;
/// an editor corrects the automatic alignment through the form.</summary>
public sealed class SideBySideTests(EditorsAppFactory app) : IClassFixture<EditorsAppFactory>
{
    private static string RowsOf(AngleSharp.Dom.IDocument page) =>
        string.Join(';', page.QuerySelectorAll(".parallel-row:not(.parallel-head)").Select(r =>
            (r.GetAttribute("data-original") is { Length: > 0 } o ? o.Replace(",", ", ", StringComparison.Ordinal) : "-") + " = "
            + (r.GetAttribute("data-translation") is { Length: > 0 } t ? t.Replace(",", ", ", StringComparison.Ordinal) : "-")));

    [Fact]
    public async Task Original_and_translation_face_each_other_paragraph_by_paragraph_from_either_page_and_from_search()
    {
        var editor = await EditorSteps.LoggedInAsync(app);
        var (original, translation) = await TranslationPair.AddAsync(editor, " (lecture)");
        var reader = app.Browser();

        foreach (var (from, other) in new[] { (original, translation), (translation, original) })
        {
            var page = await PageForms.FollowAsync(reader, await reader.GetAsync($"/d/{from}"));
            var link = page.QuerySelector("a.side-by-side")!.GetAttribute("href")!;
            Assert.Equal($"/d/{from}/side-by-side?with={other}", link);
            var view = await PageForms.GetAsync(reader, link);
            Assert.Equal(TranslationPair.ExpectedRows, RowsOf(view));
            // Each side carries its text's language; the commentary row has nothing on the original's side.
            var first = view.QuerySelector(".parallel-row:not(.parallel-head)")!;
            Assert.Null(first.QuerySelector(".original .paragraph"));
            Assert.Equal("fr", first.QuerySelector(".translation .paragraph")!.GetAttribute("lang"));
            var second = view.QuerySelectorAll(".parallel-row:not(.parallel-head)")[1];
            Assert.Equal("en", second.QuerySelector(".original .paragraph")!.GetAttribute("lang"));
            Assert.Contains("A few weeks ago", second.QuerySelector(".original")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("Il y a quelques semaines", second.QuerySelector(".translation")!.TextContent, StringComparison.Ordinal);
        }

        // A hit of either document leads to the same view.
        var hits = await PageForms.GetAsync(reader, "/search?q=%22fraction%20du%20co%C3%BBt%20annonc%C3%A9%22");
        var hit = hits.QuerySelectorAll("ol.results li").Single(li => li.QuerySelector("a")!.GetAttribute("href")!.StartsWith($"/d/{translation}/", StringComparison.Ordinal));
        Assert.Equal($"/d/{translation}/side-by-side?with={original}", hit.QuerySelector("a.side-by-side")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/d/{translation}/side-by-side?with=zzzzzzzz")).StatusCode);
        // Readers are not offered the correction.
        Assert.Null((await PageForms.GetAsync(reader, $"/d/{translation}/side-by-side")).QuerySelector("#correct-alignment"));
    }

    [Fact]
    public async Task An_editor_corrects_the_alignment_and_a_bad_correction_is_refused_with_its_line()
    {
        var editor = await EditorSteps.LoggedInAsync(app);
        var (original, translation) = await TranslationPair.AddAsync(editor, " (correction)");
        var view = await PageForms.GetAsync(editor, $"/d/{translation}/side-by-side");
        var form = await PageForms.GetAsync(editor, view.QuerySelector("#correct-alignment")!.GetAttribute("href")!);
        Assert.Equal(TranslationPair.ExpectedRows, form.QuerySelector("#Rows")!.TextContent.TrimEnd().Replace('\n', ';'));

        var bad = await PageForms.SubmitAsync(editor, form, "#save-alignment", new Dictionary<string, string> { ["Rows"] = "1 = 1, 2\n3 = 3\n" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var refused = await PageForms.ParseAsync(bad);
        Assert.Contains("Line 2", refused.Text("#rows-error"), StringComparison.Ordinal);
        Assert.Equal("1 = 1, 2\n3 = 3\n", refused.QuerySelector("#Rows")!.TextContent.Replace("\r", "", StringComparison.Ordinal));
        Assert.Equal(TranslationPair.ExpectedRows, RowsOf(await PageForms.GetAsync(editor, $"/d/{translation}/side-by-side")));

        // The commentary goes with the first paragraph instead.
        var saved = await PageForms.SubmitAsync(editor, form, "#save-alignment", new Dictionary<string, string> { ["Rows"] = "1 = 1, 2\n2 = 3\n3 = 4\n4 = 5\n" });
        var corrected = await PageForms.FollowAsync(editor, saved);
        Assert.Equal("1 = 1, 2;2 = 3;3 = 4;4 = 5", RowsOf(corrected));
        Assert.Contains("aligned by an editor", corrected.Text(".alignment-origin"), StringComparison.Ordinal);
        Assert.Equal("1 = 1, 2;2 = 3;3 = 4;4 = 5", RowsOf(await PageForms.GetAsync(app.Browser(), $"/d/{original}/side-by-side")));

        var again = await PageForms.GetAsync(editor, $"/admin/alignments/{translation}/{original}");
        var reset = await PageForms.FollowAsync(editor, await PageForms.SubmitAsync(editor, again, "#reset-alignment"));
        Assert.Equal(TranslationPair.ExpectedRows, RowsOf(reset));
        // Only editors reach the form.
        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().GetAsync($"/admin/alignments/{translation}/{original}")).StatusCode);
    }
}
