using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using PolicyArchive.Bench.Engines;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Documents.CompiledModel;
using PolicyArchive.Bench.Queries;
using PolicyArchive.Core.Search;
using PolicyArchive.Core.Search.Expansion;
using PolicyArchive.Core.Search.Lexicon;

namespace PolicyArchive.Bench.Archive;

/// <summary>The archive's own SearchService over the index the import built, in this process (no HTTP), set up as the
/// app sets it up: the seeds' thesaurus and the shipped dictionaries (loaded before the first timed search).</summary>
public sealed class ArchiveInProcessEngine : ISearchEngine, IDisposable
{
    private readonly ArchiveIndex _index;
    private readonly SearchService _search;
    private readonly ServiceProvider _store;

    /// <summary>Over the app's data directory: its index, and its SQLite store for the page's bodies.</summary>
    public ArchiveInProcessEngine(string dataDirectory, string thesaurusFile)
    {
        _index = new ArchiveIndex(Path.Combine(dataDirectory, "index"));
        _store = new ServiceCollection()
            .AddDbContext<ArchiveDbContext>(o => o.UseSqlite($"Data Source={Path.Combine(dataDirectory, "archive.db")}").UseModel(ArchiveDbContextModel.Instance))
            .BuildServiceProvider();
        var thesaurus = new ThesaurusCache(_index);
        thesaurus.Replace(ThesaurusFile.Load(thesaurusFile).Concepts);
        _search = new SearchService(_index, new StoreDocumentBodies(_store.GetRequiredService<IServiceScopeFactory>()), thesaurus, CrossLanguageLexicon.Shared);
    }

    public string Name => "PolicyArchive in-process";

    public int IndexedDocuments => _index.DocumentCount;

    public Task<SearchOutcome> SearchAsync(BenchQuery query, CancellationToken cancellationToken)
    {
        var results = _search.Search(new SearchRequest(query.Text, 1, 10));
        var hits = results.Hits.Select((h, i) => new Engines.SearchHit(i, h.Title, Highlighted(h.Snippet), h.Score)).ToList();
        return Task.FromResult(new SearchOutcome(results.Total, hits));
    }

    public void Dispose()
    {
        _store.Dispose();
        _index.Dispose();
        SqliteConnection.ClearAllPools();
    }

    private static string Highlighted(IReadOnlyList<SnippetSegment> segments) =>
        string.Concat(segments.Select(s => s.Highlighted ? $"<mark>{s.Text}</mark>" : s.Text));
}
