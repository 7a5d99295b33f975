using System.Net.Http.Json;
using System.Text.Json.Serialization;
using PolicyArchive.Bench.Engines;
using PolicyArchive.Bench.Queries;

namespace PolicyArchive.Bench.Archive;

/// <summary>The archive's GET /api/search on Kestrel, one request at a time, the same way the other engines are asked.
/// <paramref name="extraQuery"/> adds parameters, such as <c>&amp;expand=false</c> for the query as typed.</summary>
public sealed class ArchiveHttpEngine(Uri baseAddress, string name = ArchiveHttpEngine.DefaultName, string extraQuery = "") : ISearchEngine, IDisposable
{
    public const string DefaultName = "PolicyArchive HTTP";
    public const string AsTypedName = "PolicyArchive HTTP, as typed";
    public const string AsTyped = "&expand=false";

    private readonly HttpClient _client = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public string Name => name;

    public static string ApiPath(BenchQuery query) => $"/api/search?q={Uri.EscapeDataString(query.Text)}&pageSize=10";

    public static string PagePath(BenchQuery query) => $"/search?q={Uri.EscapeDataString(query.Text)}";

    public async Task<SearchOutcome> SearchAsync(BenchQuery query, CancellationToken cancellationToken)
    {
        var response = await _client.GetFromJsonAsync<ApiResponse>(ApiPath(query) + extraQuery, cancellationToken)
            ?? throw new InvalidDataException($"Empty answer from /api/search for '{query.Text}'.");
        var hits = response.Hits.Select((h, i) => new SearchHit(i, h.Title, h.Snippet, h.Score)).ToList();
        return new SearchOutcome(response.Total, hits);
    }

    public void Dispose() => _client.Dispose();

    private sealed record ApiResponse([property: JsonPropertyName("total")] long Total, [property: JsonPropertyName("hits")] IReadOnlyList<ApiHit> Hits);

    private sealed record ApiHit(
        [property: JsonPropertyName("title")] string Title,
        [property: JsonPropertyName("snippet")] string Snippet,
        [property: JsonPropertyName("score")] double Score);
}
