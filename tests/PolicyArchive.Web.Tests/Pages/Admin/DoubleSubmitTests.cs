using System.Net;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Web.Tests.Pages.Admin.Support;

namespace PolicyArchive.Web.Tests.Pages.Admin;

/// <summary>The add-a-source form posted twice at once (a double click on "save"): one document, and both answers lead to it.</summary>
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

        Assert.All(responses, r => Assert.True(r.StatusCode == HttpStatusCode.Redirect, $"answered {(int)r.StatusCode}: {r.Content.ReadAsStringAsync().Result}"));
        Assert.Equal(1, await app.WithStoreAsync(db => db.Documents.CountAsync(d => d.Title == title)));
        var id = await app.WithStoreAsync(db => db.Documents.Where(d => d.Title == title).Select(d => d.PublicId).SingleAsync());
        Assert.All(responses, r => Assert.Equal(id, EditorSteps.IdOf(r.Headers.Location!.ToString())));
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(responses[0].Headers.Location)).StatusCode);
    }
}
