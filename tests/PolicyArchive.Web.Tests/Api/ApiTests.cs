using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Api;

public sealed class ApiTests(ArchiveAppFactory factory) : IClassFixture<ArchiveAppFactory>
{
    [Fact]
    public async Task Health_answers_once_store_and_index_are_ready()
    {
        var response = await factory.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_document_list_has_the_five_seeds()
    {
        var page = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/documents");
        Assert.Equal(5, page.GetProperty("total").GetInt32());
        Assert.Equal(5, page.GetProperty("items").GetArrayLength());
        foreach (var item in page.GetProperty("items").EnumerateArray())
        {
            Assert.Matches("^[0-9a-z]{8}$", item.GetProperty("id").GetString());
            Assert.StartsWith("/d/", item.GetProperty("url").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_document_carries_every_stored_field_and_its_seed_origin()
    {
        var client = factory.CreateClient();
        var id = await SeedDocuments.IdOfSeedAsync(client, "002_");
        var d = await client.GetFromJsonAsync<JsonElement>($"/api/documents/{id}");

        Assert.Equal("seeds/002_278ecee849c6d4d4.txt", d.GetProperty("origin").GetString());
        var expectedSha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(RepoPaths.Seeds, "002_278ecee849c6d4d4.txt"))));
        Assert.Equal(expectedSha, d.GetProperty("contentSha256").GetString());
        foreach (var field in new[] { "title", "body", "language", "authors", "publication", "publishedDate", "sourceUrl", "ingestedAt", "updatedAt", "revision", "tags", "passages", "provenance" })
            Assert.True(d.TryGetProperty(field, out _), $"missing {field}");
        Assert.Contains("Marc Andreessen", d.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_document_is_404_json()
    {
        var response = await factory.CreateClient().GetAsync("/api/documents/nope");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Search_returns_total_and_hits_with_their_fields()
    {
        var r = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/search?q=Andreessen&page=1&pageSize=5");
        Assert.Equal(1, r.GetProperty("total").GetInt32());
        var hit = r.GetProperty("hits")[0];
        Assert.Matches("^[0-9a-z]{8}$", hit.GetProperty("id").GetString());
        Assert.StartsWith("/d/", hit.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Contains("Andreessen", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.True(hit.GetProperty("score").GetSingle() > 0);
        Assert.False(string.IsNullOrEmpty(hit.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrEmpty(hit.GetProperty("language").GetString()));
    }

    [Fact]
    public async Task A_bad_query_gets_a_message_not_an_error()
    {
        var response = await factory.CreateClient().GetAsync("/api/search?q=" + Uri.EscapeDataString("\"((") );
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var r = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, r.GetProperty("total").GetInt32());
        Assert.False(string.IsNullOrEmpty(r.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Search_echoes_the_query_as_searched_without_control_characters()
    {
        var response = await factory.CreateClient().GetAsync("/api/search?q=chips%00export%01");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var r = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("chipsexport", r.GetProperty("query").GetString());
    }
}
