using System.Net;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Pages.Documents;

public sealed class InterfaceLanguageTests(ArchiveAppFactory factory) : IClassFixture<ArchiveAppFactory>
{
    [Fact]
    public async Task A_french_browser_gets_the_french_interface()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR,fr;q=0.9");
        var home = await client.GetDocumentAsync("/");
        Assert.Equal("fr", home.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Ajouts récents", home.QuerySelector("#recent-title")!.FirstChild!.TextContent.Trim());
        Assert.Equal("Parcourir", home.QuerySelector("header nav a[href='/documents']")!.TextContent);
    }

    [Fact]
    public async Task An_english_browser_gets_english_and_the_switch_changes_it()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");
        var english = await client.GetDocumentAsync("/documents");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        var switchLink = english.QuerySelector("nav.languages a[hreflang=fr]")!.GetAttribute("href")!;

        var response = await client.GetAsync(switchLink);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/documents", response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));

        var french = await client.GetDocumentAsync("/documents");
        Assert.Equal("fr", french.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Aller au contenu", french.QuerySelector("a.skip")!.TextContent);
    }

    [Fact]
    public async Task The_switch_refuses_other_sites()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var offsite = await client.GetAsync("/culture/fr?returnUrl=" + Uri.EscapeDataString("//evil.example/"));
        Assert.Equal("/", offsite.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_switch_reads_a_language_in_capitals()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.GetAsync("/culture/FR?returnUrl=%2Fdocuments");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/documents", response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=c%3Dfr%7Cuic%3Dfr", StringComparison.Ordinal));
        Assert.Equal("fr", (await client.GetDocumentAsync("/documents")).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_language_the_interface_lacks_leads_back_to_the_page_in_its_language()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");
        var response = await client.GetAsync("/culture/de?returnUrl=%2Fdocuments");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/documents", response.Headers.Location!.OriginalString);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal("en", (await client.GetDocumentAsync("/documents")).DocumentElement.GetAttribute("lang"));
    }
}
