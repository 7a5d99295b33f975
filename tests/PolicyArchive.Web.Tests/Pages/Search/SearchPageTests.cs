using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Pages.Search;

public sealed class SearchPageTests(ArchiveAppFactory factory) : IClassFixture<ArchiveAppFactory>
{
    [Fact]
    public async Task A_word_from_a_seed_finds_it_with_a_highlighted_snippet()
    {
        var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/search?q=CoreWeave");

        var results = page.QuerySelectorAll("ol.results > li");
        Assert.NotEmpty(results);
        Assert.Contains("CoreWeave", results[0].QuerySelector("a")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("ol.results mark"), m => m.TextContent.Equals("CoreWeave", StringComparison.OrdinalIgnoreCase));
        Assert.Matches(@"^\d+ results?$", page.QuerySelector("p[role=status]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Snippets_mark_the_concept_words_not_the_little_words_of_its_phrases()
    {
        var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/search?q=export%20controls");
        var marked = page.QuerySelectorAll("ol.results mark").Select(m => m.TextContent.ToLowerInvariant()).ToList();
        Assert.Contains(marked, m => m.StartsWith("contrôle", StringComparison.Ordinal) || m.StartsWith("export", StringComparison.Ordinal));
        Assert.DoesNotContain(marked, m => m is "de" or "des" or "à" or "a" or "la" or "les");
    }

    [Fact]
    public async Task Accents_do_not_matter()
    {
        var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/search?q=etats%20unis");
        Assert.NotEmpty(page.QuerySelectorAll("ol.results > li"));
    }

    [Theory]
    [InlineData("\"unclosed phrase")]
    [InlineData("((")]
    [InlineData("AND")]
    [InlineData("*")]
    [InlineData("title:")]
    [InlineData("~~~ ^^^ !!!")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("a OR OR b")]
    [InlineData("\\")]
    [InlineData("[1 TO")]
    public async Task Any_input_gives_a_page_never_a_server_error(string q)
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync("/search?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.NotNull(page.QuerySelector("p[role=status]"));
        Assert.DoesNotContain("<script>alert(1)</script>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_very_long_query_gets_a_page()
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync("/search?q=" + Uri.EscapeDataString(string.Join(' ', Enumerable.Repeat("puces", 800))));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Results_are_paginated_with_the_total()
    {
        var client = factory.CreateClient();
        var first = await client.GetFromJsonAsync<JsonElement>("/api/search?q=DeepSeek&pageSize=2&page=1");
        var second = await client.GetFromJsonAsync<JsonElement>("/api/search?q=DeepSeek&pageSize=2&page=2");
        var total = first.GetProperty("total").GetInt32();
        Assert.True(total >= 3, $"DeepSeek is named in at least three seeds; got {total}");
        Assert.Equal(total, second.GetProperty("total").GetInt32());
        var ids = first.GetProperty("hits").EnumerateArray().Concat(second.GetProperty("hits").EnumerateArray()).Select(h => h.GetProperty("id").GetString()).ToList();
        Assert.Equal(Math.Min(4, total), ids.Distinct().Count());

        var page = await client.GetDocumentAsync("/search?q=DeepSeek");
        Assert.StartsWith($"{total} results", page.QuerySelector("p[role=status]")!.TextContent.Trim(), StringComparison.Ordinal);
    }
}
