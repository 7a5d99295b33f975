using System.Net;
using System.Xml.Linq;
using AngleSharp.Dom;
using PolicyArchive.Web.Tests.Pages.Admin.Support;

namespace PolicyArchive.Web.Tests.Pages.Research;

/// <summary>What a results page shows: who, where, when and what kind for each hit; a pager that says how many pages;
/// a page past the end that says so; the timeline and its bars narrowing the results; tag: in every spelling.</summary>
public sealed class ResultsTests(ResearchAppFactory app) : IClassFixture<ResearchAppFactory>
{
    private static IReadOnlyList<IElement> Hits(IDocument page) => page.QuerySelectorAll("ol.results > li").ToList();

    [Fact]
    public async Task A_hit_has_its_title_as_a_heading_with_authors_outlet_date_as_written_and_kind()
    {
        var client = app.Browser();
        var page = await PageForms.GetAsync(client, "/search?q=CoreWeave");
        var abmedia = Assert.Single(Hits(page), h => h.QuerySelector(".hit-outlet")?.TextContent == "ABMedia");
        Assert.NotNull(abmedia.QuerySelector("h2.hit-title > a[href^='/d/']"));
        var date = abmedia.QuerySelector(".hit-date time")!;
        Assert.Equal("9 May, year unknown", date.TextContent);
        // A day and month without a year, as HTML writes it (ISO's "--05-09" is not valid HTML).
        Assert.Equal("05-09", date.GetAttribute("datetime"));
        Assert.Equal("Article", abmedia.QuerySelector(".hit-kind")!.TextContent);

        var anthropic = await PageForms.GetAsync(client, "/search?q=Anthropic");
        var amodei = Assert.Single(Hits(anthropic), h => h.QuerySelector(".hit-authors")?.TextContent == "Dario Amodei");
        Assert.Equal("Cercle de partage de l'IA", amodei.QuerySelector(".hit-outlet")!.TextContent);
        Assert.Equal("Translation", amodei.QuerySelector(".hit-kind")!.TextContent);
    }

    [Fact]
    public async Task Dates_and_kinds_follow_the_interface_language()
    {
        var client = app.Browser();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var page = await PageForms.GetAsync(client, "/search?q=CoreWeave");
        var abmedia = Assert.Single(Hits(page), h => h.QuerySelector(".hit-outlet")?.TextContent == "ABMedia");
        Assert.Equal("9 mai, année inconnue", abmedia.QuerySelector(".hit-date time")!.TextContent);
        Assert.Equal("Article", abmedia.QuerySelector(".hit-kind")!.TextContent);
        var amodei = Assert.Single(Hits(await PageForms.GetAsync(client, "/search?q=Anthropic")), h => h.QuerySelector(".hit-authors")?.TextContent == "Dario Amodei");
        Assert.Equal("Traduction", amodei.QuerySelector(".hit-kind")!.TextContent);
    }

    [Fact]
    public async Task The_pager_gives_the_page_count_and_a_page_past_the_end_says_so()
    {
        await app.EditorWithDatedSetAsync();
        var client = app.Browser();
        var first = await PageForms.GetAsync(client, "/search?q=" + ResearchAppFactory.Word);
        Assert.Equal(10, Hits(first).Count);
        Assert.Contains("Page 1 of 2", first.QuerySelector("nav.pager")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("12 results · page 1 of 2", first.QuerySelector("p[role=status]")!.TextContent, StringComparison.Ordinal);
        var next = await PageForms.GetAsync(client, first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!);
        Assert.Equal(2, Hits(next).Count);
        Assert.Contains("Page 2 of 2", next.QuerySelector("nav.pager")!.TextContent, StringComparison.Ordinal);

        var past = await PageForms.GetAsync(client, "/search?q=" + ResearchAppFactory.Word + "&p=7", HttpStatusCode.NotFound);
        Assert.Empty(Hits(past));
        Assert.Equal("There is no page 7: this search has 2 page(s). Go to the last page", string.Join(' ', past.QuerySelector(".out-of-range")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        Assert.EndsWith("p=2", past.QuerySelector(".out-of-range a")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_timeline_shows_years_then_months_and_each_bar_narrows_the_results()
    {
        await app.EditorWithDatedSetAsync();
        var client = app.Browser();
        var page = await PageForms.GetAsync(client, "/search?q=" + ResearchAppFactory.Word);
        var bars = page.QuerySelectorAll("figure.timeline a.timeline-bar").ToList();
        Assert.Equal(["2023: 3 document(s)", "2024: 4 document(s)", "2025: 5 document(s)"], bars.Select(b => b.GetAttribute("aria-label")));
        Assert.All(bars, b => Assert.Equal(b.GetAttribute("aria-label"), b.QuerySelector("title")!.TextContent));
        // Bar heights are proportional to the counts, the tallest filling the chart.
        Assert.Equal(["48", "64", "80"], bars.Select(b => b.QuerySelector("rect")!.GetAttribute("height")));

        var year = await PageForms.GetAsync(client, bars[2].GetAttribute("href")!);
        Assert.Equal(5, Hits(year).Count);
        var months = year.QuerySelectorAll("figure.timeline a.timeline-bar").ToList();
        Assert.Equal(["March 2025: 2 document(s)", "May 2025: 2 document(s)", "2025, month unknown: 1 document(s)"], months.Select(b => b.GetAttribute("aria-label")));
        Assert.Contains("by month", year.QuerySelector("figure.timeline figcaption")!.TextContent, StringComparison.Ordinal);

        var march = await PageForms.GetAsync(client, months[0].GetAttribute("href")!);
        Assert.Equal(2, Hits(march).Count);
        Assert.All(Hits(march), h => Assert.StartsWith("March 2025", h.QuerySelector(".hit-date")!.TextContent.Replace("14 ", "", StringComparison.Ordinal), StringComparison.Ordinal));

        // The "month unknown" bar narrows to the documents dated by the year alone, and the page says so.
        var yearOnly = await PageForms.GetAsync(client, months[2].GetAttribute("href")!);
        var hit = Assert.Single(Hits(yearOnly));
        Assert.Equal("2025", hit.QuerySelector(".hit-date")!.TextContent.Trim());
        Assert.Equal(["2025, month unknown: 1 document(s)"], yearOnly.QuerySelectorAll("figure.timeline a.timeline-bar.selected").Select(b => b.GetAttribute("aria-label")));
        var narrowed = yearOnly.QuerySelector(".timeline-narrowed")!;
        Assert.StartsWith("Only the documents of 2025 whose month is not known are shown.", narrowed.TextContent.Trim(), StringComparison.Ordinal);
        var wholeYear = await PageForms.GetAsync(client, narrowed.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal(5, Hits(wholeYear).Count);
    }

    [Fact]
    public async Task Api_search_hits_carry_authors_outlet_date_and_kind_as_the_page_shows_them()
    {
        await app.EditorWithDatedSetAsync();
        var client = app.Browser();
        var api = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(client, "/api/search?q=CoreWeave");
        var abmedia = api.GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("publication").GetString() == "ABMedia");
        Assert.Equal("--05-09", abmedia.GetProperty("publishedDate").GetString());
        Assert.Equal("DayAndMonth", abmedia.GetProperty("datePrecision").GetString());
        Assert.Equal("article", abmedia.GetProperty("kind").GetString());

        var dated = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(client, "/api/search?q=" + ResearchAppFactory.Word + "&month=2025-00");
        var yearOnly = Assert.Single(dated.GetProperty("hits").EnumerateArray());
        Assert.Equal(["Jeanne Martin"], yearOnly.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("2025", yearOnly.GetProperty("publishedDate").GetString());
        Assert.Equal("Year", yearOnly.GetProperty("datePrecision").GetString());

        var openApi = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(client, "/openapi/v1.json");
        var hitSchema = openApi.GetProperty("components").GetProperty("schemas").GetProperty("SearchHitDto").GetProperty("properties");
        foreach (var field in new[] { "authors", "publication", "publishedDate", "datePrecision", "kind" })
            Assert.True(hitSchema.TryGetProperty(field, out _), $"the OpenAPI document describes a hit's {field}");
    }

    [Fact]
    public async Task Documents_without_a_year_are_counted_apart_from_the_timeline()
    {
        await app.EditorWithDatedSetAsync();
        var client = app.Browser();
        // The dated set and every seed: the seeds give no year (two give a day and a month only).
        var page = await PageForms.GetAsync(client, "/search?q=" + ResearchAppFactory.Word + "+OR+Anthropic+OR+CoreWeave");
        var total = int.Parse(page.QuerySelector("p[role=status]")!.TextContent.Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"{total - 12} result(s) without a known year", page.QuerySelector(".timeline-undated")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tag:\"open source\"")]
    [InlineData("tag:controles-a-l-exportation")]
    [InlineData("tag:\"contrôles à l'exportation\"")]
    [InlineData("tag:\"Contrôles à l’exportation\"")]
    [InlineData("tag:open-source")]
    public async Task Tag_filters_with_spaces_accents_quotes_and_dashes_find_the_tag(string q)
    {
        var client = app.Browser();
        var response = await client.GetAsync("/search?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(Hits(await PageForms.ParseAsync(response)));
    }

    [Fact]
    public async Task The_helps_example_tag_export_controls_finds_the_french_tag()
    {
        var client = app.Browser();
        var english = Hits(await PageForms.GetAsync(client, "/search?q=" + Uri.EscapeDataString("tag:\"export controls\"")));
        var french = Hits(await PageForms.GetAsync(client, "/search?q=" + Uri.EscapeDataString("tag:controles-a-l-exportation")));
        Assert.Equal(4, french.Count);
        static string Permalink(IElement hit) => hit.QuerySelector("h2 a")!.GetAttribute("href")!.Split('?')[0];
        Assert.Equal(french.Select(Permalink).Order(), english.Select(Permalink).Order());
        // An unknown tag still finds nothing (the thesaurus widens a tag only to its own concept).
        Assert.Empty(Hits(await PageForms.GetAsync(client, "/search?q=" + Uri.EscapeDataString("tag:\"no such tag\""))));
    }

    [Fact]
    public async Task The_results_page_links_its_atom_feed_which_keeps_the_filters()
    {
        await app.EditorWithDatedSetAsync();
        var client = app.Browser();
        var page = await PageForms.GetAsync(client, "/search?q=" + ResearchAppFactory.Word + "&year=2024");
        var alternate = page.QuerySelector("head link[rel=alternate][type='application/atom+xml'][href^='/feeds/search']")!.GetAttribute("href")!;
        Assert.Equal(alternate, page.QuerySelector("a.feed-link")!.GetAttribute("href"));
        var feed = XDocument.Parse(await client.GetStringAsync(alternate));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal(4, feed.Root!.Elements(atom + "entry").Count());
        Assert.All(feed.Root.Elements(atom + "entry"), e => Assert.Contains(ResearchAppFactory.Word, e.Element(atom + "title")!.Value, StringComparison.Ordinal));
    }
}
