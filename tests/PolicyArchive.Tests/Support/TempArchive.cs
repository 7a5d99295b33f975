using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PolicyArchive.Core.Editorial;
using PolicyArchive.Core.Indexing;
using PolicyArchive.Core.Search;
using PolicyArchive.Core.Search.Expansion;

namespace PolicyArchive.Tests.Support;

/// <summary>A real archive on a temp folder: a SQLite file migrated like the app's, an on-disk index, and the app's indexer
/// following the change log when <see cref="IndexAsync"/> is called.</summary>
public sealed class TempArchive : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pa-archive-" + Guid.NewGuid().ToString("N"));

    private TempArchive()
    {
        Directory.CreateDirectory(_folder);
        Index = new ArchiveIndex(Path.Combine(_folder, "index"));
        var services = new ServiceCollection()
            .AddDbContext<ArchiveDbContext>(o => o.UseSqlite($"Data Source={Path.Combine(_folder, "archive.db")}"))
            .BuildServiceProvider();
        _services = services;
        Indexer = new ArchiveIndexer(Index, Changes, services.GetRequiredService<IServiceScopeFactory>(), Options.Create(new IndexerOptions()),
            TimeProvider.System, NullLogger<ArchiveIndexer>.Instance);
    }

    private readonly ServiceProvider _services;

    /// <summary>Scopes over this archive's store, as the app's services are (for a second process's indexer).</summary>
    public IServiceScopeFactory Scopes => _services.GetRequiredService<IServiceScopeFactory>();

    public ArchiveChanges Changes { get; } = new();

    public ArchiveIndexer Indexer { get; }

    /// <summary>What the app's indexer does in the background: takes in every change the store's log holds.</summary>
    public Task IndexAsync() => Indexer.CatchUpAsync();

    public ArchiveIndex Index { get; }

    /// <summary>The app's search over this archive: the index, and the page's bodies read from the store.</summary>
    public SearchService Search(ThesaurusCache? thesaurus = null, ResultCache? results = null) =>
        new(Index, new StoreDocumentBodies(Scopes), thesaurus, results: results);

    public static async Task<TempArchive> CreateAsync()
    {
        var archive = new TempArchive();
        await using var db = archive.Store();
        await db.Database.MigrateAsync();
        return archive;
    }

    public ArchiveDbContext Store() => new(new DbContextOptionsBuilder<ArchiveDbContext>()
        .UseSqlite($"Data Source={Path.Combine(_folder, "archive.db")}").Options);

    public DocumentEditor Editor(ArchiveDbContext db) => new(db, TimeProvider.System);

    public async Task<Document> AddAsync(string title, string body, string language = "fr")
    {
        await using var db = Store();
        var d = await Editor(db).CreateAsync(new DocumentDraft(title, body, language, [], null, PartialDate.Unknown, null, []), "tests", null);
        await IndexAsync();
        return d;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Index.Dispose();
        SqliteConnection.ClearAllPools();
        await Task.Yield();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
