using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PolicyArchive.Web.Commands;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Api;

/// <summary>The administrators' backup of the seeded archive, read back by `import-jsonl` into an empty archive:
/// same permalinks, same fields, same revisions and relations, and searchable there.</summary>
public sealed class ArchiveRoundTripTests(ArchiveAppFactory seeded, EmptyArchiveFactory empty)
    : IClassFixture<ArchiveAppFactory>, IClassFixture<EmptyArchiveFactory>
{
    [Fact]
    public async Task The_backup_imports_into_an_empty_archive_without_loss()
    {
        var admin = await seeded.LoggedInClientAsync();
        var backup = await admin.GetAsync("/api/admin/export/archive.jsonl");
        Assert.Equal(HttpStatusCode.OK, backup.StatusCode);
        var file = Path.Combine(empty.DataDirectory, "backup.jsonl");
        _ = empty.Server;
        await File.WriteAllBytesAsync(file, await backup.Content.ReadAsByteArrayAsync());

        Assert.Equal(0, await JsonLinesCommands.ImportAsync(empty.Services, [file]));

        var source = seeded.CreateClient();
        var target = empty.CreateClient();
        var ids = (await SeedDocuments.AllAsync(source)).Select(d => d.Id).Order().ToList();
        Assert.Equal(5, ids.Count);
        Assert.Equal(ids, (await SeedDocuments.AllAsync(target)).Select(d => d.Id).Order().ToList());
        foreach (var id in ids)
        {
            Assert.Equal(await source.GetStringAsync($"/api/documents/{id}"), await target.GetStringAsync($"/api/documents/{id}"));
            Assert.Equal(await source.GetStringAsync($"/api/documents/{id}/revisions"), await target.GetStringAsync($"/api/documents/{id}/revisions"));
            Assert.Equal(await source.GetStringAsync($"/api/documents/{id}/relations"), await target.GetStringAsync($"/api/documents/{id}/relations"));
        }
        var hits = await target.GetFromJsonAsync<JsonElement>("/api/search?q=Andreessen");
        Assert.Equal(1, hits.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_broken_file_is_refused_and_changes_nothing()
    {
        _ = empty.Server;
        var before = (await SeedDocuments.AllAsync(empty.CreateClient())).Count;
        var file = Path.Combine(empty.DataDirectory, "broken.jsonl");
        await File.WriteAllTextAsync(file, "{\"kind\":\"document\",\"publicId\":\"abcd2345\"\nnot json\n");
        Assert.Equal(1, await JsonLinesCommands.ImportAsync(empty.Services, [file]));
        Assert.Equal(before, (await SeedDocuments.AllAsync(empty.CreateClient())).Count);
        Assert.Equal(2, await JsonLinesCommands.ImportAsync(empty.Services, [Path.Combine(empty.DataDirectory, "missing.jsonl")]));
    }
}
