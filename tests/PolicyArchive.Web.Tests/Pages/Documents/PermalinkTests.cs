using System.Net;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Pages.Documents;

public sealed class PermalinkTests(ArchiveAppFactory factory) : IClassFixture<ArchiveAppFactory>
{
    [Fact]
    public async Task The_canonical_permalink_shows_the_document()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var id = await SeedDocuments.IdOfSeedAsync(client, "004_");
        var canonical = (await SeedDocuments.AllAsync(client)).Single(d => d.Id == id).Url;
        Assert.StartsWith($"/d/{id}/", canonical, StringComparison.Ordinal);

        var response = await client.GetAsync(canonical);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Contains("CoreWeave", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Michael Intrator", page.QuerySelector("article .body")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/wrong-slug")]
    [InlineData("")]
    [InlineData("/")]
    public async Task A_wrong_or_missing_slug_redirects_permanently_to_the_canonical_url(string suffix)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var doc = (await SeedDocuments.AllAsync(client))[0];

        var response = await client.GetAsync($"/d/{doc.Id}{suffix}");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(doc.Url, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_query_string_survives_the_redirect()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var doc = (await SeedDocuments.AllAsync(client))[0];
        var response = await client.GetAsync($"/d/{doc.Id}/old?hl=puces");
        Assert.Equal(doc.Url + "?hl=puces", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("99999999999")]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("2")]
    public async Task A_revision_that_is_not_one_of_the_documents_is_not_found(string rev)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var doc = (await SeedDocuments.AllAsync(client))[0];
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(doc.Url + "?rev=1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(doc.Url + "?rev=" + rev)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_id_is_a_friendly_404()
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync("/d/zzzzzzzz/anything");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
