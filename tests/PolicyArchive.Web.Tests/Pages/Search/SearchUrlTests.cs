using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.AspNetCore.WebUtilities;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Pages.Search;

/// <summary>One search URL, one meaning: the results page, /api/search, the search feed and the result-set export read it
/// through the same binder, so the same query string gives the same total and hits in each (the feed and the export give
/// the whole result set, whatever page the URL asks for).</summary>
public sealed partial class SearchUrlTests(ArchiveAppFactory factory) : IClassFixture<ArchiveAppFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Theory]
    [InlineData("q=chips")]
    [InlineData("q=chips&expand=off")]
    [InlineData("q=chips&expand=0")]
    [InlineData("q=chips&expand=no")]
    [InlineData("q=chips&year=abc")]
    [InlineData("q=chips&year=")]
    [InlineData("q=chips&page=-1")]
    [InlineData("q=chips&page=abc")]
    [InlineData("q=chips&p=2&pageSize=2")]
    [InlineData("q=puces&pageSize=3&sort=newest")]
    [InlineData("q=chips&pageSize=1000")]
    public async Task The_same_url_gives_the_same_total_and_hits_on_the_page_in_the_api_the_feed_and_the_export(string query)
    {
        var client = factory.CreateClient();

        var pageResponse = await client.GetAsync("/search?" + query);
        Assert.Equal(HttpStatusCode.OK, pageResponse.StatusCode);
        var page = await HtmlForms.ParseAsync(pageResponse);
        var pageTotal = int.Parse(LeadingNumber().Match(page.QuerySelector("p[role=status]")!.TextContent.Trim()).Value, System.Globalization.CultureInfo.InvariantCulture);
        var pageHits = page.QuerySelectorAll("ol.results > li h2 a").Select(a => IdOf(a.GetAttribute("href")!)).ToList();

        var apiResponse = await client.GetAsync("/api/search?" + query);
        Assert.Equal(HttpStatusCode.OK, apiResponse.StatusCode);
        var api = await apiResponse.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(pageTotal, api.GetProperty("total").GetInt32());
        Assert.Equal(pageHits, api.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList());

        // The whole result set, in order: the same search without its paging, a hundred hits at once.
        var whole = await client.GetFromJsonAsync<JsonElement>("/api/search?" + WithoutPaging(query) + "&pageSize=100");
        var all = whole.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();
        Assert.Equal(pageTotal, all.Count);

        var feed = XDocument.Parse(await client.GetStringAsync("/feeds/search?" + query));
        var feedIds = feed.Root!.Elements(Atom + "entry").Select(e => IdOf(new Uri(e.Element(Atom + "link")!.Attribute("href")!.Value).AbsolutePath)).ToList();
        Assert.Equal(all.Order(StringComparer.Ordinal), feedIds.Order(StringComparer.Ordinal));

        var export = await client.GetFromJsonAsync<JsonElement>("/search/export.json?" + query);
        Assert.Equal(all, export.EnumerateArray().Select(e => IdOf(new Uri(e.GetProperty("URL").GetString()!).AbsolutePath)).ToList());
    }

    [Fact]
    public async Task The_page_keeps_the_urls_page_size_in_its_links()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/search?q=chips&pageSize=2");
        Assert.Equal(2, page.QuerySelectorAll("ol.results > li").Length);
        Assert.Equal("/search?q=chips&pageSize=2&p=2", page.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/feeds/search?q=chips", page.QuerySelector("head link[rel=alternate][href^='/feeds/search']")!.GetAttribute("href"));
    }

    private static string IdOf(string path) => path.Split('/')[2];

    private static string WithoutPaging(string query) =>
        string.Join('&', QueryHelpers.ParseQuery(query).Where(kv => kv.Key is not ("p" or "page" or "pageSize"))
            .SelectMany(kv => kv.Value.Select(v => Uri.EscapeDataString(kv.Key) + "=" + Uri.EscapeDataString(v ?? ""))));

    [GeneratedRegex(@"^\d+")]
    private static partial Regex LeadingNumber();
}
