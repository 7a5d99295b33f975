using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.WebUtilities;
using PolicyArchive.Web.Tests.Support;
using PolicyArchive.Web.Tests.Support.Readers;

namespace PolicyArchive.Web.Tests.Pages.Search;

/// <summary>The number beside a facet value is the number of results its link gives, on the seeded archive's real index:
/// values of one facet widen (OR), so a facet with a value selected is counted without its own selection, every other
/// facet's applied. A selected value's link removes it; its number is how many of the current results hold it.</summary>
public sealed partial class FacetCountTests(ArchiveAppFactory factory) : IClassFixture<ArchiveAppFactory>
{
    /// <summary>A word only the documents added here hold, dated 2019, 2024 and 2025 (the seeds' texts give no year),
    /// with overlapping tags in two languages.</summary>
    private const string Word = "zorbifacette";

    [Theory]
    [InlineData("q=chips")]
    [InlineData("q=chips&tag=puces")]
    [InlineData("q=chips&tag=puces&lang=en")]
    [InlineData("q=" + Word)]
    [InlineData("q=" + Word + "&year=2024")]
    [InlineData("q=" + Word + "&tag=rouge")]
    [InlineData("q=" + Word + "&tag=rouge&tag=vert")]
    [InlineData("q=" + Word + "&tag=rouge&year=2025")]
    [InlineData("q=" + Word + "&year=2024&year=2025&lang=fr&sort=newest")]
    public async Task Each_value_shows_the_total_its_link_gives(string query)
    {
        await AddDatedDocumentsAsync();
        var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/search?" + query);
        var links = page.QuerySelectorAll("aside.facets a[aria-current]").Cast<IHtmlAnchorElement>().ToList();
        Assert.True(links.Count > 1, $"{query}: {links.Count} facet value(s)");
        var current = Pairs(query);
        foreach (var link in links)
        {
            var href = link.GetAttribute("href")!;
            var shown = int.Parse(link.QuerySelector(".count")!.TextContent, CultureInfo.InvariantCulture);
            string url;
            if (link.GetAttribute("aria-current") == "true")
            {
                // The link drops this value: the same search with this facet narrowed to it alone gives its holders.
                var (parameter, value) = Assert.Single(current.Except(Pairs(href.Split('?', 2)[1])));
                url = "/search?" + string.Join('&', current.Where(p => p.Key != parameter).Append(new(parameter, value)).Select(Encode));
            }
            else
            {
                url = href;
            }
            Assert.True(shown == await TotalAsync(client, url), $"{query}: {link.TextContent.Trim()} shows {shown}, {url} gives another total");
        }
    }

    [Fact]
    public async Task The_other_values_of_a_facet_with_a_selection_stay_listed_to_be_added()
    {
        await AddDatedDocumentsAsync();
        var page = await factory.CreateClient().GetDocumentAsync($"/search?q={Word}&year=2024");
        var years = page.QuerySelectorAll("aside.facets section").Single(s => s.QuerySelector("h2")!.TextContent == "Year")
            .QuerySelectorAll("a").Select(a => (a.QuerySelector("span")!.TextContent, a.GetAttribute("aria-current"))).ToList();
        Assert.Equal([("2024", "true"), ("2019", "false"), ("2025", "false")], years.OrderBy(y => y.Item2 == "false").ThenBy(y => y.Item1));
    }

    private async Task AddDatedDocumentsAsync()
    {
        var client = factory.CreateClient();
        if ((await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Word)).GetProperty("total").GetInt32() > 0) return;
        foreach (var (n, year, language, tags) in new[]
        {
            (1, 2019, "fr", new[] { "rouge" }),
            (2, 2024, "fr", ["rouge", "vert"]),
            (3, 2024, "en", ["vert"]),
            (4, 2025, "fr", ["bleu"]),
            (5, 2025, "en", ["rouge", "bleu"]),
            (6, 2024, "fr", ["bleu", "vert"]),
        })
        {
            await ReaderDocuments.AddAsync(factory, ReaderDocuments.Draft($"Facettes {n}", $"Texte numéro {n} sur la {Word}, écrit en {year}.", language, tags)
                with { PublishedDate = new Core.Documents.PartialDate(year, null, null) });
        }
    }

    private static async Task<int> TotalAsync(HttpClient client, string url)
    {
        var page = await client.GetDocumentAsync(url);
        return int.Parse(LeadingNumber().Match(page.QuerySelector("p[role=status]")!.TextContent.Trim()).Value, CultureInfo.InvariantCulture);
    }

    private static List<KeyValuePair<string, string>> Pairs(string query) =>
        QueryHelpers.ParseQuery(query).SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string>(kv.Key, v ?? ""))).ToList();

    private static string Encode(KeyValuePair<string, string> p) => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value);

    [GeneratedRegex(@"^\d+")]
    private static partial Regex LeadingNumber();
}
