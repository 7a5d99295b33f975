using System.Net.Http.Json;

namespace PolicyArchive.Web.Tests.Support;

public static class SeedDocuments
{
    public sealed record Summary(string Id, string Title, string Url, string Language);

    public sealed record Page(int Total, int Page_, int PageSize, List<Summary> Items);

    public static async Task<List<Summary>> AllAsync(HttpClient client)
    {
        var page = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/documents?pageSize=100");
        return page.GetProperty("items").EnumerateArray()
            .Select(e => new Summary(e.GetProperty("id").GetString()!, e.GetProperty("title").GetString()!, e.GetProperty("url").GetString()!, e.GetProperty("language").GetString()!))
            .ToList();
    }

    /// <summary>The id of the document ingested from the given seed file.</summary>
    public static async Task<string> IdOfSeedAsync(HttpClient client, string seedFilePrefix)
    {
        foreach (var d in await AllAsync(client))
        {
            var full = await client.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/documents/{d.Id}");
            if (full.GetProperty("origin").GetString() is { } origin && Path.GetFileName(origin).StartsWith(seedFilePrefix, StringComparison.Ordinal))
                return d.Id;
        }
        throw new InvalidOperationException($"No document from seed {seedFilePrefix}.");
    }
}
