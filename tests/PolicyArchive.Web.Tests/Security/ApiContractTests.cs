using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Security;

/// <summary>Issue 13, the API contract: problem+json errors, typed and bounded parameters, GET/HEAD only, and an OpenAPI
/// document that lists every status and response schema of every /api operation.</summary>
public sealed class ApiContractTests : IClassFixture<ArchiveAppFactory>
{
    private readonly ArchiveAppFactory _app;

    public ApiContractTests(ArchiveAppFactory app) => _app = app;

    private async Task<JsonElement> SpecAsync() => await _app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
    }

    [Theory]
    [InlineData("/api/documents?page=2147483648")]
    [InlineData("/api/documents?page=0")]
    [InlineData("/api/documents?pageSize=101")]
    [InlineData("/api/documents?year=abc")]
    public async Task Parameter_out_of_its_bounds_is_a_400_problem(string url) =>
        await AssertProblemAsync(await _app.CreateClient().GetAsync(url), HttpStatusCode.BadRequest);

    /// <summary>/api/search reads its URL with the results page's binder: what the page takes (page 1 for a page it cannot
    /// read, the default size, the thesaurus on), the API takes; a page past the last is refused by both, the API with a
    /// problem that says why.</summary>
    [Theory]
    [InlineData("q=export&page=-1")]
    [InlineData("q=export&page=abc")]
    [InlineData("q=export&pageSize=1e3")]
    [InlineData("q=export&pageSize=0")]
    [InlineData("q=export&expand=maybe")]
    [InlineData("q=export&year=abc")]
    [InlineData("q=export&page=501")]
    [InlineData("q=export&p=400&pageSize=2")]
    public async Task Search_parameters_are_refused_only_where_the_results_page_refuses_them(string query)
    {
        var client = _app.CreateClient();
        var page = await client.GetAsync("/search?" + query);
        var api = await client.GetAsync("/api/search?" + query);
        Assert.Equal(page.StatusCode, api.StatusCode);
        if (api.StatusCode == HttpStatusCode.OK) return;
        var detail = JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
        Assert.StartsWith("There is no page ", detail, StringComparison.Ordinal);
        await AssertProblemAsync(api, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/documents/zzzzzzzz")]
    [InlineData("/api/documents/zzzzzzzz/revisions")]
    [InlineData("/api/documents/zzzzzzzz/revisions/1")]
    [InlineData("/api/collections/no-such-collection")]
    [InlineData("/api/no/such/operation")]
    public async Task Not_found_is_a_404_problem_not_an_html_page(string url) =>
        await AssertProblemAsync(await _app.CreateClient().GetAsync(url), HttpStatusCode.NotFound);

    [Fact]
    public async Task Only_get_and_head_are_accepted()
    {
        var client = _app.CreateClient();
        await AssertProblemAsync(await client.PostAsync("/api/documents", new StringContent("{}")), HttpStatusCode.MethodNotAllowed);
        await AssertProblemAsync(await client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/documents")), HttpStatusCode.MethodNotAllowed);
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/documents"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Admin_export_without_login_is_a_401_problem_not_a_redirect() =>
        await AssertProblemAsync(await _app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/api/admin/export/archive.jsonl"), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task Every_api_operation_documents_its_statuses_and_response_schemas()
    {
        var spec = await SpecAsync();
        var operations = OpenApiFuzz.Operations(spec).Where(o => o.Path.StartsWith("/api", StringComparison.Ordinal)).ToList();
        Assert.True(operations.Count >= 12, $"only {operations.Count} /api operations");
        foreach (var op in operations)
        {
            var statuses = op.Responses.Keys.ToList();
            Assert.Contains("200", statuses);
            Assert.Contains("400", statuses);
            Assert.Contains("429", statuses);
            if (op.Path.Contains('{', StringComparison.Ordinal)) Assert.Contains("404", statuses);
            foreach (var (status, media) in op.Responses)
            {
                if (status is "304") continue;
                Assert.True(media.Count > 0, $"{op.Path} {status} has no content");
                if (status != "200") Assert.Equal(["application/problem+json"], media.Keys);
                foreach (var (type, schema) in media)
                    Assert.True(schema.ValueKind == JsonValueKind.Object, $"{op.Path} {status} {type} has no schema");
            }
            foreach (var p in op.Parameters.Where(p => p.Name is "page" or "pageSize" or "year" or "number"))
            {
                var schema = p.Schema.TryGetProperty("items", out var items) ? items : p.Schema;
                Assert.Equal("integer", schema.GetProperty("type").GetString());
                Assert.True(schema.TryGetProperty("minimum", out _) && schema.TryGetProperty("maximum", out _), $"{op.Path} {p.Name} has no bounds");
            }
        }
    }

    /// <summary>The property: every request the spec allows (parameters drawn from their documented types, bounds and enums,
    /// ids real or not) gets a status the spec documents for the operation, with the documented content type.</summary>
    [Fact]
    public async Task Fuzzed_from_its_own_openapi_document_every_answer_is_one_the_spec_documents()
    {
        var spec = await SpecAsync();
        var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        var documents = await SeedDocuments.AllAsync(client);
        var collections = await client.GetFromJsonAsync<JsonElement>("/api/collections");
        var fuzz = new OpenApiFuzz(seed: 13,
            ids: [.. documents.Select(d => d.Id), "zzzzzzzz", "0", "%E2%80%AE", "a.b"],
            slugs: [.. collections.EnumerateArray().Select(c => c.GetProperty("slug").GetString()!), "no-such-slug", "%C3%A9t%C3%A9"]);
        var failures = new List<string>();
        var sent = 0;
        foreach (var op in OpenApiFuzz.Operations(spec).Where(o => o.Path.StartsWith("/api", StringComparison.Ordinal)))
        {
            for (var i = 0; i < 30; i++)
            {
                var url = fuzz.Request(op);
                var response = await client.GetAsync(url);
                sent++;
                var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!op.Responses.TryGetValue(status, out var media))
                {
                    failures.Add($"{url} answered {status}, not documented ({string.Join(", ", op.Responses.Keys)})");
                    continue;
                }
                var type = response.Content.Headers.ContentType?.MediaType;
                if (media.Count > 0 && (type is null || !media.ContainsKey(type)))
                    failures.Add($"{url} answered {status} as {type}, documented {string.Join(", ", media.Keys)}");
                else if (type is "application/json" or "application/problem+json")
                    JsonDocument.Parse(await response.Content.ReadAsStringAsync()).Dispose();
            }
        }
        Assert.True(sent > 300);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Distinct().Take(30)));
    }
}
