using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Search;
using PolicyArchive.Web.Tests.Support;
using PolicyArchive.Web.Tests.Support.Readers;

namespace PolicyArchive.Web.Tests.Pages.Documents;

public sealed class BrowseAndCacheTests(ArchiveAppFactory factory) : IClassFixture<ArchiveAppFactory>
{
    [Fact]
    public async Task Browse_by_each_facet_lists_values_with_counts_and_their_documents()
    {
        var d = await ReaderDocuments.AddAsync(factory, ReaderDocuments.Draft("Parcourir par facette", tags: ["browse-facet"]));
        var client = factory.CreateClient();
        foreach (var (facet, value, label) in new[]
        {
            ("tag", "browse-facet", "browse-facet"),
            ("publication", "Le Grand Continent", "Le Grand Continent"),
            ("author", "Paul Auteur", "Paul Auteur"),
            ("language", "fr", "French"),
            ("year", "2025", "2025"),
        })
        {
            var values = await client.GetDocumentAsync($"/browse/{facet}");
            var link = values.QuerySelectorAll("ul.facet-values a").Single(a => a.TextContent == label);
            Assert.Equal($"/browse/{facet}/{Uri.EscapeDataString(value)}", link.GetAttribute("href"));

            var list = await client.GetDocumentAsync(link.GetAttribute("href")!);
            Assert.Contains(list.QuerySelectorAll("ul.results a"), a => a.GetAttribute("href") == $"/d/{d.PublicId}/{d.Slug}");
        }
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/browse/colour")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/browse/tag/no-such-tag")).StatusCode);
    }

    [Fact]
    public async Task The_home_page_shows_recent_additions_and_tags()
    {
        var d = await ReaderDocuments.AddAsync(factory, ReaderDocuments.Draft("Ajout récent sur la page d'accueil", tags: ["home-tag"]));
        var home = await factory.CreateClient().GetDocumentAsync("/");
        Assert.Equal($"/d/{d.PublicId}/{d.Slug}", home.QuerySelector("ul.results a")!.GetAttribute("href"));
        Assert.Contains(home.QuerySelectorAll("ul.tags a"), a => a.TextContent == "home-tag");
    }

    [Fact]
    public async Task A_cached_document_page_changes_as_soon_as_the_document_does()
    {
        var d = await ReaderDocuments.AddAsync(factory, ReaderDocuments.Draft("Avant la correction"));
        var client = factory.CreateClient();
        var url = $"/d/{d.PublicId}/{d.Slug}";
        Assert.Equal("Avant la correction", (await client.GetDocumentAsync(url)).QuerySelector("h1")!.TextContent);

        // Changed behind the app's back, without a commit: the cached page is still served, which shows the cache is on.
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
            await db.Documents.Where(x => x.Id == d.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Body, "Texte corrigé."));
        }
        Assert.DoesNotContain("Texte corrigé.", (await client.GetDocumentAsync(url)).QuerySelector("article .body")!.TextContent, StringComparison.Ordinal);

        // Every write through the archive leaves a change-log entry; the indexer's signal evicts the cache.
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
            PolicyArchive.Core.Store.ChangeLog.Record(db, PolicyArchive.Core.Store.ChangeKinds.DocumentUpdate, [d.PublicId]);
            await db.SaveChangesAsync();
        }
        await IndexWait.ForStoreAsync(factory.Services);
        Assert.Contains("Texte corrigé.", (await client.GetDocumentAsync(url)).QuerySelector("article .body")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_url_answers_the_same_whether_or_not_the_same_url_in_other_letter_case_was_cached()
    {
        await ReaderDocuments.AddAsync(factory, ReaderDocuments.Draft("Casse des adresses", tags: ["casse-flux"]));
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var doc = (await SeedDocuments.AllAsync(client))[0];
        var slug = doc.Url.Split('/')[3];
        foreach (var (lower, upper) in new[]
        {
            (doc.Url, $"/d/{doc.Id.ToUpperInvariant()}/{slug}"),
            (doc.Url, $"/d/{doc.Id}/{slug.ToUpperInvariant()}"),
            ("/feeds/tag/casse-flux", "/feeds/tag/CASSE-FLUX"),
        })
        {
            // What the upper-case URL answers when nothing was cached for it (its own query string keeps it apart)…
            var alone = await client.GetAsync(upper + "?asked=first");
            Assert.NotEqual(HttpStatusCode.OK, alone.StatusCode);
            // …is what it answers after the lower-case URL's page was cached.
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(lower + "?asked=second")).StatusCode);
            var after = await client.GetAsync(upper + "?asked=second");
            Assert.Equal(alone.StatusCode, after.StatusCode);
            Assert.Equal(alone.Headers.Location?.OriginalString.Split('?')[0], after.Headers.Location?.OriginalString.Split('?')[0]);
        }
    }

    [Fact]
    public async Task Pages_are_compressed_for_clients_that_accept_it()
    {
        var client = factory.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/documents");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        var response = await client.SendAsync(request);
        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task The_stylesheet_is_fingerprinted_and_the_pages_need_no_script_to_read()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/documents");
        Assert.Contains("?v=", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.NotNull(page.QuerySelector("form[role=search] label[for=site-q]"));
    }
}
