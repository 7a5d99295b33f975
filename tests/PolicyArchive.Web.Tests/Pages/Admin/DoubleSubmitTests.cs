using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Web.Tests.Pages.Admin.Support;

namespace PolicyArchive.Web.Tests.Pages.Admin;

/// <summary>The add-a-source form posted several times at once (a double click on "save"): one document, and every answer leads to it.</summary>
public sealed class DoubleSubmitTests(EditorsAppFactory app) : IClassFixture<EditorsAppFactory>
{
    [Fact]
    public async Task Two_simultaneous_posts_of_one_form_create_one_document_and_both_land_on_it()
    {
        var editor = await EditorSteps.LoggedInAsync(app);
        var form = await PageForms.GetAsync(editor, "/admin/documents/new");
        var title = "Double clic " + Guid.NewGuid().ToString("N")[..8];
        var fields = EditorSteps.Fields(title, EditorSteps.UniqueBody("double clic"));

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PageForms.SubmitAsync(editor, form, "#save", fields)));

        Assert.Equal(1, await app.WithStoreAsync(db => db.Documents.CountAsync(d => d.Title == title)));
        var id = await app.WithStoreAsync(db => db.Documents.Where(d => d.Title == title).Select(d => d.PublicId).SingleAsync());
        var permalink = await app.WithStoreAsync(db => db.Documents.Where(d => d.PublicId == id).Select(d => "/d/" + d.PublicId + "/" + d.Slug).SingleAsync());
        foreach (var response in responses)
        {
            // A post that arrives once the first is saved gets the duplicate warning (as any resubmission does); one that
            // arrives while it is being saved is sent to the document too. Never a second document, never an error.
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                Assert.Equal(permalink, response.Headers.Location!.ToString());
                continue;
            }
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"answered {(int)response.StatusCode}");
            var page = await PageForms.ParseAsync(response);
            Assert.Contains("This may already be in the archive", page.Text(".duplicates"));
            Assert.Equal(permalink, page.QuerySelector(".duplicates a")!.GetAttribute("href"));
        }
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(permalink)).StatusCode);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Save_anyway_posted_twice_creates_one_document_beside_the_one_it_was_warned_of(bool atOnce)
    {
        var editor = await EditorSteps.LoggedInAsync(app);
        var body = EditorSteps.UniqueBody("enregistrer quand même");
        var first = await EditorSteps.AddByPasteAsync(editor, "Premier " + Guid.NewGuid().ToString("N")[..8], body);
        var title = "Quand même " + Guid.NewGuid().ToString("N")[..8];
        var fields = EditorSteps.Fields(title, body);
        var warned = await PageForms.ParseAsync(await PageForms.SubmitAsync(editor, await PageForms.GetAsync(editor, "/admin/documents/new"), "#save", fields));
        Assert.Equal(first, warned.QuerySelector(".duplicates a")!.GetAttribute("href"));

        // The same warned form, its token and all, posted twice: together (a double click) or one after the other (a resubmit).
        var responses = atOnce
            ? await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => PageForms.SubmitAsync(editor, warned, "#save-anyway", fields)))
            : [await PageForms.SubmitAsync(editor, warned, "#save-anyway", fields), await PageForms.SubmitAsync(editor, warned, "#save-anyway", fields)];

        Assert.Equal(1, await app.WithStoreAsync(db => db.Documents.CountAsync(d => d.Title == title)));
        var saved = await app.WithStoreAsync(db => db.Documents.Where(d => d.Title == title).Select(d => "/d/" + d.PublicId + "/" + d.Slug).SingleAsync());
        Assert.NotEqual(first, saved);
        Assert.All(responses, r =>
        {
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
            Assert.Equal(saved, r.Headers.Location!.ToString());
        });
    }

    [Fact]
    public async Task Save_anyway_on_a_new_warning_saves_a_further_copy()
    {
        var editor = await EditorSteps.LoggedInAsync(app);
        var body = EditorSteps.UniqueBody("troisième copie");
        await EditorSteps.AddByPasteAsync(editor, "Premier", body);
        var title = "Copie voulue " + Guid.NewGuid().ToString("N")[..8];
        for (var copy = 1; copy <= 2; copy++)
        {
            // Each new form is warned of every copy so far; saving beside them is the editor's choice, made again.
            var warned = await PageForms.ParseAsync(await PageForms.SubmitAsync(editor, await PageForms.GetAsync(editor, "/admin/documents/new"), "#save", EditorSteps.Fields(title, body)));
            Assert.Equal(copy, warned.QuerySelectorAll(".duplicates li").Length);
            Assert.Equal(HttpStatusCode.Redirect, (await PageForms.SubmitAsync(editor, warned, "#save-anyway", EditorSteps.Fields(title, body))).StatusCode);
            Assert.Equal(copy, await app.WithStoreAsync(db => db.Documents.CountAsync(d => d.Title == title)));
        }
    }
}
