using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using PolicyArchive.Web.Tests.Support;
using PolicyArchive.Web.Tests.Support.Readers;

namespace PolicyArchive.Web.Tests.Feeds;

public sealed class FeedTests(ArchiveAppFactory factory) : IClassFixture<ArchiveAppFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private async Task<XDocument> GetXmlAsync(string url, string mediaType)
    {
        var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        // Parsing with a strict reader is the well-formedness check.
        using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader);
    }

    [Fact]
    public async Task The_atom_feed_lists_every_document_and_reads_back_as_atom()
    {
        var total = (await SeedDocuments.AllAsync(factory.CreateClient())).Count;
        Assert.True(total >= 5, $"the seeded archive lists {total} documents");
        var xml = await GetXmlAsync("/feeds/atom", "application/atom+xml");
        Assert.Equal(Atom + "feed", xml.Root!.Name);
        var entries = xml.Root.Elements(Atom + "entry").ToList();
        Assert.Equal(total, entries.Count);
        Assert.All(entries, e => Assert.StartsWith("http://localhost/d/", e.Element(Atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal));

        using var reader = XmlReader.Create(new StringReader(xml.ToString()));
        var feed = SyndicationFeed.Load(reader);
        Assert.Equal(total, feed.Items.Count());
        Assert.All(feed.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Title.Text)));
    }

    [Fact]
    public async Task A_tag_feed_has_only_that_tag_and_a_search_feed_only_the_matches()
    {
        var tagged = await ReaderDocuments.AddAsync(factory, ReaderDocuments.Draft("Flux par étiquette", tags: ["datacentres-feed"]));
        var tagFeed = await GetXmlAsync("/feeds/tag/datacentres-feed", "application/atom+xml");
        var entry = Assert.Single(tagFeed.Root!.Elements(Atom + "entry"));
        Assert.Equal("Flux par étiquette", entry.Element(Atom + "title")!.Value);
        Assert.Equal(["Jeanne Autrice", "Paul Auteur"], entry.Elements(Atom + "author").Select(a => a.Element(Atom + "name")!.Value));

        var searchFeed = await GetXmlAsync("/feeds/search?q=Andreessen", "application/atom+xml");
        Assert.Single(searchFeed.Root!.Elements(Atom + "entry"));
        Assert.DoesNotContain(tagged.PublicId, searchFeed.ToString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/feeds/tag/no-such-tag")).StatusCode);
    }

    [Theory]
    [InlineData("/feeds/search", "Give a query")]
    [InlineData("/feeds/search?q=", "Type one or more words")]
    [InlineData("/feeds/search?q=%20%20", "Type one or more words")]
    [InlineData("/feeds/search?q=NOT", "Nothing was left to search.")]
    public async Task A_feed_of_no_search_is_refused_as_the_export_refuses_it(string url, string said)
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(said, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var export = await client.GetAsync(url.Replace("/feeds/search", "/search/export.bib", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, export.StatusCode);
    }

    [Fact]
    public async Task A_new_document_appears_in_the_feed_at_once_despite_the_cache()
    {
        var before = await GetXmlAsync("/feeds/atom", "application/atom+xml");
        var d = await ReaderDocuments.AddAsync(factory, ReaderDocuments.Draft("Un document tout neuf"));
        var after = await GetXmlAsync("/feeds/atom", "application/atom+xml");
        Assert.DoesNotContain(d.PublicId, before.ToString(), StringComparison.Ordinal);
        Assert.Equal("Un document tout neuf", after.Root!.Elements(Atom + "entry").First().Element(Atom + "title")!.Value);
    }

    [Fact]
    public async Task The_sitemap_lists_every_permalink_with_its_date()
    {
        var xml = await GetXmlAsync("/sitemap.xml", "application/xml");
        var urls = xml.Root!.Elements(Sitemap + "url").ToList();
        var documents = await SeedDocuments.AllAsync(factory.CreateClient());
        Assert.True(documents.Count >= 5, $"the seeded archive lists {documents.Count} documents");
        foreach (var d in documents)
        {
            var url = Assert.Single(urls, u => u.Element(Sitemap + "loc")!.Value == "http://localhost" + d.Url);
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", url.Element(Sitemap + "lastmod")!.Value);
        }
    }

    [Fact]
    public async Task Robots_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin()
    {
        var text = await factory.CreateClient().GetStringAsync("/robots.txt");
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", text, StringComparison.Ordinal);
        Assert.Contains("Disallow: /admin", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenSearch_is_described_and_linked_from_every_page()
    {
        XNamespace os = "http://a9.com/-/spec/opensearch/1.1/";
        var xml = await GetXmlAsync("/opensearch.xml", "application/opensearchdescription+xml");
        var html = xml.Root!.Elements(os + "Url").Single(u => u.Attribute("type")!.Value == "text/html");
        Assert.Equal("http://localhost/search?q={searchTerms}", html.Attribute("template")!.Value);

        var home = await factory.CreateClient().GetDocumentAsync("/");
        Assert.Equal("/opensearch.xml", home.QuerySelector("link[rel=search]")!.GetAttribute("href"));
        Assert.Equal("/feeds/atom", home.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));
    }
}
