using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PolicyArchive.Core.Documents;
using PolicyArchive.Web.Tests.Support;
using PolicyArchive.Web.Tests.Support.Readers;

namespace PolicyArchive.Web.Tests.Api;

public sealed class ReaderApiTests(ArchiveAppFactory factory) : IClassFixture<ArchiveAppFactory>
{
    [Fact]
    public async Task A_client_with_the_current_etag_gets_304()
    {
        var client = factory.CreateClient();
        var id = (await SeedDocuments.AllAsync(client))[0].Id;
        var first = await client.GetAsync($"/api/documents/{id}");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag!;
        Assert.True(first.Headers.CacheControl!.Public);

        var again = new HttpRequestMessage(HttpMethod.Get, $"/api/documents/{id}");
        again.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);

        var list = await client.GetAsync("/api/documents?pageSize=2");
        var listAgain = new HttpRequestMessage(HttpMethod.Get, "/api/documents?pageSize=2");
        listAgain.Headers.IfNoneMatch.Add(list.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(listAgain)).StatusCode);
    }

    [Fact]
    public async Task The_list_etag_changes_when_a_document_is_added()
    {
        var client = factory.CreateClient();
        var before = (await client.GetAsync("/api/documents")).Headers.ETag!;
        await ReaderDocuments.AddAsync(factory, ReaderDocuments.Draft("Ajouté après coup"));
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/documents");
        request.Headers.IfNoneMatch.Add(before);
        var after = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before, after.Headers.ETag);
    }

    [Fact]
    public async Task Pages_are_stable_and_cover_every_document_once()
    {
        var client = factory.CreateClient();
        var all = await client.GetFromJsonAsync<JsonElement>("/api/documents?pageSize=100");
        var total = all.GetProperty("total").GetInt32();
        var ids = new List<string>();
        for (var page = 1; page <= (total + 1) / 2; page++)
        {
            var p = await client.GetFromJsonAsync<JsonElement>($"/api/documents?page={page}&pageSize=2");
            ids.AddRange(p.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
        }
        Assert.Equal(all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!), ids);
    }

    [Fact]
    public async Task Cross_origin_reads_are_allowed()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/documents");
        request.Headers.Add("Origin", "https://researcher.example");
        var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Filters_tags_relations_revisions_and_collections()
    {
        var from = await ReaderDocuments.AddAsync(factory, ReaderDocuments.Draft("Traduction commentée", language: "fr", tags: ["api-filter-tag"]));
        var to = await ReaderDocuments.AddAsync(factory, ReaderDocuments.Draft("The original essay", "English text.", "en", "api-filter-tag"));
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
            db.Relations.Add(new Relation { FromDocumentId = from.Id, ToDocumentId = to.Id, Type = RelationType.TranslationOf, CreatedAt = DateTime.UtcNow });
            db.Collections.Add(new Collection
            {
                Slug = "api-debate", Title = "The debate", Introduction = "Intro", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
                Items = [new CollectionItem { DocumentId = to.Id, Position = 0 }, new CollectionItem { DocumentId = from.Id, Position = 1 }],
            });
            await db.SaveChangesAsync();
        }
        var client = factory.CreateClient();

        var tagged = await client.GetFromJsonAsync<JsonElement>("/api/documents?tag=api-filter-tag&language=en");
        Assert.Equal(to.PublicId, Assert.Single(tagged.GetProperty("items").EnumerateArray().ToList()).GetProperty("id").GetString());

        var tags = await client.GetFromJsonAsync<JsonElement>("/api/tags");
        Assert.Equal(2, tags.EnumerateArray().Single(t => t.GetProperty("slug").GetString() == "api-filter-tag").GetProperty("documents").GetInt32());

        var outgoing = await client.GetFromJsonAsync<JsonElement>($"/api/documents/{from.PublicId}/relations");
        var rel = Assert.Single(outgoing.EnumerateArray().ToList());
        Assert.Equal(("TranslationOf", "outgoing", to.PublicId), (rel.GetProperty("type").GetString(), rel.GetProperty("direction").GetString(), rel.GetProperty("id").GetString()));
        var incoming = await client.GetFromJsonAsync<JsonElement>($"/api/documents/{to.PublicId}/relations");
        Assert.Equal("incoming", Assert.Single(incoming.EnumerateArray().ToList()).GetProperty("direction").GetString());

        var revisions = await client.GetFromJsonAsync<JsonElement>($"/api/documents/{from.PublicId}/revisions");
        Assert.Equal(1, Assert.Single(revisions.EnumerateArray().ToList()).GetProperty("number").GetInt32());
        var revision = await client.GetFromJsonAsync<JsonElement>($"/api/documents/{from.PublicId}/revisions/1");
        Assert.Equal("Traduction commentée", revision.GetProperty("title").GetString());
        Assert.Equal("Le Grand Continent", revision.GetProperty("metadata").GetProperty("Publication").GetString());

        var collection = await client.GetFromJsonAsync<JsonElement>("/api/collections/api-debate");
        Assert.Equal([to.PublicId, from.PublicId], collection.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Search_gives_facets_and_a_facet_value_narrows_the_hits()
    {
        var client = factory.CreateClient();
        var all = await client.GetFromJsonAsync<JsonElement>("/api/search?q=DeepSeek");
        var languages = all.GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("field").GetString() == "lang").GetProperty("values");
        var en = languages.EnumerateArray().Single(v => v.GetProperty("value").GetString() == "en").GetProperty("count").GetInt32();
        Assert.InRange(en, 1, all.GetProperty("total").GetInt32() - 1);

        var narrowed = await client.GetFromJsonAsync<JsonElement>("/api/search?q=DeepSeek&language=en");
        Assert.Equal(en, narrowed.GetProperty("total").GetInt32());
        Assert.All(narrowed.GetProperty("hits").EnumerateArray(), h => Assert.Equal("en", h.GetProperty("language").GetString()));
        var selected = narrowed.GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("field").GetString() == "lang")
            .GetProperty("values").EnumerateArray().Single(v => v.GetProperty("value").GetString() == "en");
        Assert.True(selected.GetProperty("selected").GetBoolean());
    }

    [Fact]
    public async Task A_withdrawn_document_answers_410_with_its_reason()
    {
        var d = await ReaderDocuments.AddAsync(factory, ReaderDocuments.Draft("Bientôt retiré"));
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
            var stored = await db.Documents.FindAsync(d.Id);
            stored!.Status = DocumentStatus.Withdrawn;
            stored.WithdrawalReason = "Published without permission";
            stored.WithdrawnAt = DateTime.UtcNow;
            await db.SaveChangesAsync();
        }
        var response = await factory.CreateClient().GetAsync($"/api/documents/{d.PublicId}");
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("Published without permission", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task The_public_export_is_json_lines_and_csv_of_every_published_document()
    {
        var client = factory.CreateClient();
        var total = (await client.GetFromJsonAsync<JsonElement>("/api/documents")).GetProperty("total").GetInt32();

        var jsonl = await client.GetAsync("/api/export/archive.jsonl");
        Assert.Equal("application/jsonl", jsonl.Content.Headers.ContentType!.MediaType);
        var lines = (await jsonl.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var documents = lines.Select(l => JsonDocument.Parse(l).RootElement).Where(e => e.GetProperty("kind").GetString() == "document").ToList();
        Assert.Equal(total, documents.Count);
        Assert.All(documents, d => Assert.True(d.GetProperty("revisions").GetArrayLength() >= 1));

        var csv = await client.GetAsync("/api/export/archive.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        Assert.StartsWith("id,url,title,", text, StringComparison.Ordinal);

        Assert.NotEqual(HttpStatusCode.OK, (await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/api/admin/export/archive.jsonl")).StatusCode);
    }

    [Fact]
    public async Task OpenApi_describes_the_api_and_the_reference_page_lists_it()
    {
        var client = factory.CreateClient();
        var openApi = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = openApi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/documents", "/api/documents/{id}", "/api/search", "/api/tags", "/api/collections", "/api/documents/{id}/revisions", "/api/export/archive.jsonl" })
            Assert.Contains(path, paths);

        var page = await client.GetDocumentAsync("/api");
        var listed = page.QuerySelectorAll("td code").Select(c => c.TextContent).ToList();
        Assert.Contains("/api/documents/{id}/relations", listed);
        Assert.Contains("/oai", listed);
        Assert.Empty(page.QuerySelectorAll("script[src^='http']"));
    }
}
