using System.Net;
using PolicyArchive.Web.Tests.Indexing;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Pages.Documents;

/// <summary>The browse links of names on the real server (Kestrel, Production), which decodes a path but its %2F: the
/// server alone reads /browse/author/Reuters%2FAFP and /browse/author/Reuters%252FAFP as one path.</summary>
[Collection(ProcessTests.Name)]
public sealed class BrowseNameLinksOnKestrelTests : IDisposable
{
    private readonly string _data = GeneratedSources.NewDataDirectory();

    [Fact]
    public async Task Each_name_leads_to_its_own_documents_even_when_another_is_written_with_its_escapes()
    {
        await using var app = await ArchiveProcess.StartAsync(_data, new Dictionary<string, string> { ["Archive__IngestSeedsAtStart"] = "false" });
        await app.LogInAsync();
        string[] names = ["Reuters/AFP", "Reuters%2FAFP", "..", "../Wire/..", "新华社 / Xinhua ?#+%"];
        var permalinks = new Dictionary<string, string>();
        foreach (var name in names) permalinks[name] = await AddAsync(app, name);

        // Anonymous, so that the pages are cached: the second time round each name is read from the cache.
        using var reader = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        foreach (var name in names.Concat(names))
        {
            var document = await reader.GetDocumentAsync(permalinks[name]);
            foreach (var facet in new[] { "author", "publication" })
            {
                var link = document.QuerySelectorAll($"dl.meta a[href*='/browse/{facet}']").Single(a => a.TextContent == name).GetAttribute("href")!;
                var page = await reader.GetDocumentAsync(link);
                Assert.Equal(name, page.QuerySelector("h1 span")!.TextContent);
                Assert.Equal([permalinks[name]], page.QuerySelectorAll("ul.results a").Select(a => a.GetAttribute("href")));
            }
        }
    }

    private static async Task<string> AddAsync(ArchiveProcess app, string name)
    {
        var form = await app.Client.GetDocumentAsync("/admin/documents/new");
        var saved = await app.Client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "Wire story by " + name,
            ["Input.Language"] = "en",
            ["Input.Authors"] = name,
            ["Input.Publication"] = name,
            ["Input.Body"] = $"A wire story {Guid.NewGuid():N} on export controls, filed by {name}.",
        });
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"save answered {(int)saved.StatusCode}\n{app.Output}");
        return saved.Headers.Location!.OriginalString;
    }

    public void Dispose() => GeneratedSources.Remove(_data);
}
