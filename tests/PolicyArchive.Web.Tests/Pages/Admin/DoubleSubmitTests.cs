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
}
