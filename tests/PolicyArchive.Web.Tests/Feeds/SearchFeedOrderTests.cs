using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using PolicyArchive.Core.Ingestion;
using PolicyArchive.Core.Search;
using PolicyArchive.Web.Feeds;
using PolicyArchive.Web.Tests.Support;
using PolicyArchive.Web.Tests.Support.Readers;

namespace PolicyArchive.Web.Tests.Feeds;

/// <summary>A search's feed on an archive of its own: it holds more matches than one page of a hundred.</summary>
public sealed class SearchFeedOrderTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private const string Word = "photolithographie";

    private readonly EmptyArchiveFactory _factory = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pa-feed", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_search_feed_starts_with_the_match_changed_last_even_when_it_ranks_below_a_hundred_others()
    {
        // 120 short texts that say the word again and again: each outranks a long text that says it once.
        Directory.CreateDirectory(_folder);
        for (var i = 0; i < 120; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(_folder, $"rapport-{i:D3}.txt"),
                $"La {Word} numéro {i}\n\nLa {Word} avancée, la {Word} en extrême ultraviolet et la {Word} par immersion : rapport {i}, texte{i}zz.");
        }
        var imported = await _factory.Services.GetRequiredService<BulkImporter>().ImportAsync(BulkImporter.Plan([_folder]), "test");
        Assert.Equal(120, imported.Count(r => r.Outcome == IngestOutcome.Added));
        await IndexWait.ForStoreAsync(_factory.Services);

        var filler = string.Join(" ", Enumerable.Range(0, 60).Select(i => $"Le chapitre {i} traite des fonderies, des subventions et de la politique industrielle européenne."));
        var newest = await ReaderDocuments.AddAsync(_factory,
            ReaderDocuments.Draft("Note de lecture sur les fonderies", filler + $" Une ligne seulement évoque la {Word}. " + filler));

        var client = _factory.CreateClient();
        // What makes the case: by relevance the new text is not among the first hundred hits.
        var ranked = await client.GetFromJsonAsync<JsonElement>($"/api/search?q={Word}&pageSize={SearchRequest.MaxPageSize}");
        Assert.Equal(121, ranked.GetProperty("total").GetInt32());
        Assert.DoesNotContain(newest.PublicId, ranked.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));

        var feed = XDocument.Parse(await client.GetStringAsync($"/feeds/search?q={Word}"));
        var entries = feed.Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(AtomFeeds.EntryCount, entries.Count);
        Assert.Equal("Note de lecture sur les fonderies", entries[0].Element(Atom + "title")!.Value);
        Assert.Contains(newest.PublicId, entries[0].Element(Atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _factory.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
