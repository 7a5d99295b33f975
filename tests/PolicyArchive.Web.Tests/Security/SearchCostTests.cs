using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PolicyArchive.Core.Search.QueryLanguage;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Security;

/// <summary>The app with a search limit low enough to reach in a test.</summary>
public sealed class LowSearchLimitFactory : ArchiveAppFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Archive:RateLimits:SearchPerMinute"] = "2" };
}

/// <summary>Issue 13: the search feed and highlighting (?hl=) are rate-limited like search; a long query's cost is bounded
/// (its words capped, with a plain message).</summary>
public sealed class SearchCostTests : IClassFixture<LowSearchLimitFactory>
{
    private readonly LowSearchLimitFactory _app;

    public SearchCostTests(LowSearchLimitFactory app) => _app = app;

    private static HttpClient From(ArchiveAppFactory app, string address)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        // Each test is its own client address, as the limit is per client (the test server has none: see SecurityTestPeer).
        client.DefaultRequestHeaders.Add(SecurityTestPeer.Header, address);
        return client;
    }

    [Fact]
    public async Task The_search_feed_is_rate_limited_with_retry_after()
    {
        var client = From(_app, "198.51.100.1");
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++) statuses.Add((last = await client.GetAsync("/feeds/search?q=export" + i)).StatusCode);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.NotNull(last!.Headers.RetryAfter);
    }

    [Fact]
    public async Task Highlighting_on_a_document_page_is_rate_limited_and_plain_reading_is_not()
    {
        var reader = From(_app, "198.51.100.2");
        var document = (await SeedDocuments.AllAsync(reader))[0].Url;
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(document)).StatusCode);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++) statuses.Add((await reader.GetAsync(document + "?hl=export" + i)).StatusCode);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task A_long_query_is_cut_to_its_first_words_with_a_plain_message()
    {
        var client = From(_app, "198.51.100.3");
        var words = string.Join(' ', Enumerable.Range(0, 32).Select(i => "export" + i));
        var response = await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(words));
        var notices = string.Join(" ", response.GetProperty("notices").EnumerateArray().Select(n => n.GetString()));
        Assert.True(ResearcherQueryParser.MaxClauses <= 12, $"{ResearcherQueryParser.MaxClauses} clauses per query");
        Assert.Contains($"Only the first {ResearcherQueryParser.MaxClauses} terms", notices);
    }
}
