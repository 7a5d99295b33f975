using System.Net.Http.Json;
using System.Text.Json;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Pages.Documents;

/// <summary>What the document page adds from search: the words marked when opened from a result, more like this,
/// and where each part of the description comes from.</summary>
public sealed class DocumentSearchLinksTests(ArchiveAppFactory factory) : IClassFixture<ArchiveAppFactory>
{
    [Fact]
    public async Task Opened_from_a_result_the_searched_words_are_marked_in_the_text()
    {
        var client = factory.CreateClient();
        var results = await client.GetDocumentAsync("/search?q=Intrator");
        var link = results.QuerySelector("ol.results > li a")!.GetAttribute("href")!;
        Assert.Contains("hl=Intrator", link, StringComparison.Ordinal);

        var page = await client.GetDocumentAsync(link);
        var marks = page.QuerySelectorAll("article .body mark");
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Equal("Intrator", m.TextContent));
        Assert.NotNull(page.QuerySelector("article .body mark#first-match"));

        var plain = await client.GetDocumentAsync(link.Split('?')[0]);
        Assert.Empty(plain.QuerySelectorAll("article .body mark"));
    }

    [Fact]
    public async Task More_like_this_lists_other_documents_of_the_archive()
    {
        var client = factory.CreateClient();
        var id = await SeedDocuments.IdOfSeedAsync(client, "002_");
        var api = await client.GetFromJsonAsync<JsonElement>($"/api/documents/{id}");
        var page = await client.GetDocumentAsync(api.GetProperty("url").GetString()!);

        var similar = page.QuerySelectorAll("section.more-like-this a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(similar);
        Assert.All(similar, href => Assert.Matches("^/d/[0-9a-z]{8}/", href));
        Assert.DoesNotContain(similar, href => href.StartsWith($"/d/{id}/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_page_says_which_values_were_curated_and_which_were_found_in_the_text()
    {
        var client = factory.CreateClient();
        var id = await SeedDocuments.IdOfSeedAsync(client, "003_");
        var api = await client.GetFromJsonAsync<JsonElement>($"/api/documents/{id}");
        var page = await client.GetDocumentAsync(api.GetProperty("url").GetString()!);

        string? SourceOf(string field) => page.QuerySelector($"details.provenance tr[data-field='{field}']")?.GetAttribute("data-source");
        Assert.Equal("Curated", SourceOf("authors"));
        Assert.Equal("Curated", SourceOf("publication"));
        var language = page.QuerySelector("details.provenance tr[data-field='language']")!;
        Assert.Equal("Curated", language.GetAttribute("data-source"));

        var seed000 = await client.GetFromJsonAsync<JsonElement>($"/api/documents/{await SeedDocuments.IdOfSeedAsync(client, "000_")}");
        var page000 = await client.GetDocumentAsync(seed000.GetProperty("url").GetString()!);
        var title = page000.QuerySelector("details.provenance tr[data-field='title']")!;
        Assert.Equal("Curated", title.GetAttribute("data-source"));
        var extracted = title.QuerySelectorAll("td")[1].TextContent;
        Assert.False(string.IsNullOrWhiteSpace(extracted));
        Assert.NotEqual(seed000.GetProperty("title").GetString(), extracted);
    }
}
