using System.Net;
using System.Text.Json;
using PolicyArchive.Web.Tests.Pages.Admin.Support;

namespace PolicyArchive.Web.Tests.Pages.Documents;

/// <summary>A document id typed in capitals ("HMN52S5D", copied from print) is that document: its pages answer 301 to the
/// id in lower case, the API answers as for it, and a withdrawn or deleted document's still leads to its 410.</summary>
public sealed class DocumentIdCaseTests(EditorsAppFactory app) : IClassFixture<EditorsAppFactory>
{
    /// <summary>The id with only its first letter in capitals (a random id has a letter but once in 10⁴).</summary>
    private static string Mixed(string id) => id.IndexOfAny("abcdefghjkmnpqrstvwxyz".ToCharArray()) is var i and >= 0
        ? id[..i] + char.ToUpperInvariant(id[i]) + id[(i + 1)..] : id;

    [Fact]
    public async Task Every_page_address_with_the_id_in_capitals_moves_permanently_to_the_lower_case_one()
    {
        var editor = await EditorSteps.LoggedInAsync(app);
        var permalink = await EditorSteps.AddByPasteAsync(editor, "Les puces en capitales", EditorSteps.UniqueBody("puces"));
        var id = EditorSteps.IdOf(permalink);
        var slug = permalink.Split('/')[3];
        var reader = app.Browser();

        foreach (var typed in new[] { id.ToUpperInvariant(), Mixed(id) })
        {
            foreach (var tail in new[] { "", "/" + slug, "/" + slug + "?rev=1&hl=puces", "/revisions", "/compare?a=1&b=1", "/cite.bib", "/cite.json?rev=1", "/side-by-side" })
            {
                var response = await reader.GetAsync($"/d/{typed}{tail}");
                Assert.True(response.StatusCode == HttpStatusCode.MovedPermanently, $"/d/{typed}{tail} answered {(int)response.StatusCode}");
                Assert.Equal($"/d/{id}{tail}", response.Headers.Location!.OriginalString);
            }
        }
        // Followed as a browser does, the capitals lead to the document.
        var page = await PageForms.GetAsync(app.CreateClient(), $"/d/{id.ToUpperInvariant()}");
        Assert.Equal("Les puces en capitales", page.Text("h1"));
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync($"/d/{id.ToUpperInvariant()}/cite.ris")).StatusCode);
    }

    [Fact]
    public async Task The_api_answers_an_id_in_capitals_as_it_answers_the_id()
    {
        var editor = await EditorSteps.LoggedInAsync(app);
        var id = EditorSteps.IdOf(await EditorSteps.AddByPasteAsync(editor, "L'API en capitales", EditorSteps.UniqueBody("api")));
        var reader = app.Browser();

        foreach (var tail in new[] { "", "/relations", "/revisions", "/revisions/1" })
        {
            var lower = await reader.GetAsync($"/api/documents/{id}{tail}");
            Assert.Equal(HttpStatusCode.OK, lower.StatusCode);
            foreach (var typed in new[] { id.ToUpperInvariant(), Mixed(id) })
            {
                var response = await reader.GetAsync($"/api/documents/{typed}{tail}");
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"/api/documents/{typed}{tail} answered {(int)response.StatusCode}");
                Assert.Equal(await lower.Content.ReadAsStringAsync(), await response.Content.ReadAsStringAsync());
                Assert.Equal(lower.Headers.ETag, response.Headers.ETag);
            }
        }
        var document = JsonDocument.Parse(await reader.GetStringAsync($"/api/documents/{id.ToUpperInvariant()}")).RootElement;
        Assert.Equal(id, document.GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_withdrawn_or_deleted_documents_id_in_capitals_still_leads_to_its_410()
    {
        var admin = await EditorSteps.LoggedInAsync(app, "Administrator");
        var withdrawn = EditorSteps.IdOf(await EditorSteps.AddByPasteAsync(admin, "Retirée en capitales", EditorSteps.UniqueBody("retrait")));
        var deleted = EditorSteps.IdOf(await EditorSteps.AddByPasteAsync(admin, "Supprimée en capitales", EditorSteps.UniqueBody("suppression")));
        var withdraw = await PageForms.SubmitAsync(admin, await EditorSteps.EditPageAsync(admin, $"/d/{withdrawn}"), "#withdraw",
            new Dictionary<string, string> { ["withdrawReason"] = "Droits retirés" });
        Assert.Equal(HttpStatusCode.Redirect, withdraw.StatusCode);
        var delete = await PageForms.SubmitAsync(admin, await EditorSteps.EditPageAsync(admin, $"/d/{deleted}"), "#delete",
            new Dictionary<string, string> { ["deleteReason"] = "Décision de justice", ["deleteConfirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);

        var reader = app.CreateClient();
        foreach (var (id, title, reason) in new[] { (withdrawn, "Retirée en capitales", "Droits retirés"), (deleted, "Supprimée en capitales", "Décision de justice") })
        {
            foreach (var url in new[] { $"/d/{id.ToUpperInvariant()}", $"/d/{Mixed(id)}/any-slug", $"/d/{id.ToUpperInvariant()}/revisions", $"/d/{id.ToUpperInvariant()}/cite.bib" })
            {
                var response = await reader.GetAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.Gone, $"{url} answered {(int)response.StatusCode}");
                Assert.Equal($"/d/{id}", response.RequestMessage!.RequestUri!.AbsolutePath[..(3 + id.Length)]);
                if (response.Content.Headers.ContentType?.MediaType == "text/html")
                {
                    var page = await PageForms.ParseAsync(response);
                    Assert.Equal(title, page.Text("h1"));
                    Assert.Contains(reason, page.Text("main"), StringComparison.Ordinal);
                }
            }
            var api = await reader.GetAsync($"/api/documents/{id.ToUpperInvariant()}");
            Assert.Equal(HttpStatusCode.Gone, api.StatusCode);
            Assert.Equal(reason, JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement.GetProperty("reason").GetString());
        }
    }
}
