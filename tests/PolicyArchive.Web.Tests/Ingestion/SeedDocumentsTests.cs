using System.Net.Http.Json;
using System.Text.Json;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Ingestion;

/// <summary>Each seed as a reader opens it: a clean article with the right metadata (curated where the text is silent).</summary>
public sealed class SeedDocumentsTests(ArchiveAppFactory factory) : IClassFixture<ArchiveAppFactory>
{
    private async Task<(JsonElement Api, string Text)> OpenAsync(string seedPrefix)
    {
        var client = factory.CreateClient();
        var id = await SeedDocuments.IdOfSeedAsync(client, seedPrefix);
        var api = await client.GetFromJsonAsync<JsonElement>($"/api/documents/{id}");
        var page = await client.GetDocumentAsync(api.GetProperty("url").GetString()!);
        return (api, page.QuerySelector("article .body")!.TextContent);
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    [Fact]
    public async Task The_thread_translation_has_its_author_and_a_day_and_month_without_a_year()
    {
        var (api, text) = await OpenAsync("000_");
        Assert.Equal("Sriram Krishnan", api.GetProperty("authors")[0].GetString());
        Assert.Equal("--08-28", api.GetProperty("publishedDate").GetString());
        Assert.Equal("DayAndMonth", api.GetProperty("datePrecision").GetString());
        Assert.Equal("fr", api.GetProperty("language").GetString());
        Assert.DoesNotContain("47,03K", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Krishnan28 août", text, StringComparison.Ordinal);
        Assert.Contains("flywheel développeur+plateforme", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_commentary_keeps_its_chinese_passages_and_loses_the_footer()
    {
        var (api, text) = await OpenAsync("001_");
        Assert.Equal("Dario Amodei", api.GetProperty("authors")[0].GetString());
        Assert.Equal("Cercle de partage de l'IA", api.GetProperty("publication").GetString());
        Assert.Equal("On DeepSeek and Export Controls", api.GetProperty("originalTitle").GetString());
        Assert.Contains(api.GetProperty("passages").EnumerateArray(), p => p.GetProperty("language").GetString() == "zh");
        Assert.Contains("出口管制", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Articles connexes", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Pas de commentaires", text, StringComparison.Ordinal);
        Assert.Contains("Les contrôles à l'exportation sont l'un des outils les plus puissants", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reddit_commentary_has_its_source_url_and_no_redirect_notice()
    {
        var (api, text) = await OpenAsync("002_");
        Assert.Equal("Patrick Bélanger", api.GetProperty("authors")[0].GetString());
        Assert.Equal("https://i.redd.it/wlsi25dcn6ge1.png", api.GetProperty("sourceUrl").GetString());
        Assert.DoesNotContain("redirigé automatiquement", text, StringComparison.Ordinal);
        Assert.Contains("Marc Andreessen", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_english_essay_loses_the_japanese_podcast_page_around_it()
    {
        var (api, text) = await OpenAsync("003_");
        Assert.Equal("On China's open source AI trajectory", api.GetProperty("title").GetString());
        Assert.Equal("Nathan Lambert", api.GetProperty("authors")[0].GetString());
        Assert.Equal("Interconnects", api.GetProperty("publication").GetString());
        Assert.Equal("en", api.GetProperty("language").GetString());
        foreach (var furniture in new[] { "無料で聴く", "ポッドキャストの詳細を見る", "まだレビューはありません", "カバーアート" })
            Assert.DoesNotContain(furniture, text, StringComparison.Ordinal);
        Assert.Contains("Most American startups are starting with Chinese models.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hearing_report_pasted_twice_is_kept_once()
    {
        var (api, text) = await OpenAsync("004_");
        Assert.Equal("ABMedia", api.GetProperty("publication").GetString());
        Assert.Equal("--05-09", api.GetProperty("publishedDate").GetString());
        Assert.Equal(1, Count(text, "Michael Intrator, PDG de CoreWeave"));
        Assert.Equal(1, Count(text, "Le président de Microsoft, Brad Smith, a conclu"));
        Assert.DoesNotContain("Voir l'original", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sollicitation ou d'une offre", text, StringComparison.Ordinal);
    }
}
