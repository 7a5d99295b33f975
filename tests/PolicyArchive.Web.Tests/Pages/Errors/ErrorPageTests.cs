using System.Net;
using PolicyArchive.Web.Tests.Pages.Admin.Support;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Pages.Errors;

/// <summary>The error page answers with the status of the page it stands in for, sends the language switch back to
/// the address the reader asked for, and is no page of its own.</summary>
public sealed class ErrorPageTests(ArchiveAppFactory app) : IClassFixture<ArchiveAppFactory>
{
    [Theory]
    [InlineData("/error/404")]
    [InlineData("/error/500")]
    [InlineData("/error/410")]
    [InlineData("/error")]
    public async Task An_error_page_asked_for_directly_is_not_found(string url)
    {
        var response = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Not found", (await PageForms.ParseAsync(response)).Text("h1"));
    }

    [Theory]
    [InlineData("/d/zzzzzzzz")]
    [InlineData("/d/zzzzzzzz/anything?hl=puces&x=%C3%A9")]
    public async Task The_language_switch_on_an_error_page_returns_to_the_address_asked_for(string url)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await PageForms.ParseAsync(response);
        var link = page.QuerySelector("nav.languages a[hreflang=fr]")!.GetAttribute("href")!;
        Assert.Equal("/culture/fr?returnUrl=" + Uri.EscapeDataString(url), link);

        var switched = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal(url, switched.Headers.Location!.OriginalString);
        var french = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, french.StatusCode);
        Assert.Equal("Introuvable", (await PageForms.ParseAsync(french)).Text("h1"));
    }

    [Theory]
    [InlineData("/d/zzzzzzzz/revisions")]
    [InlineData("/d/zzzzzzzz/compare?a=1&b=2")]
    public async Task The_history_of_a_document_that_never_was_is_not_found_at_once(string url)
    {
        var response = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Not found", (await PageForms.ParseAsync(response)).Text("h1"));
    }

    [Fact]
    public async Task The_history_of_a_withdrawn_document_still_leads_to_its_410()
    {
        var client = await app.LoggedInClientAsync();
        var permalink = await EditorSteps.AddByPasteAsync(client, "Histoire retirée", EditorSteps.UniqueBody("historique retiré"));
        var withdrawn = await PageForms.SubmitAsync(client, await EditorSteps.EditPageAsync(client, permalink), "#withdraw",
            new Dictionary<string, string> { ["withdrawReason"] = "Publié par erreur" });
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);

        var id = EditorSteps.IdOf(permalink);
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        // A reader gets the 410 with its reason at the history's own address, as at the permalink (GoneDocuments).
        foreach (var url in new[] { $"/d/{id}/revisions", $"/d/{id}/compare?a=1&b=2", $"/d/{id}" })
        {
            var response = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
            Assert.Contains("Publié par erreur", await response.Content.ReadAsStringAsync());
        }
    }
}
