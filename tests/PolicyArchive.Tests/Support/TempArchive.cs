using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Editorial;
using PolicyArchive.Core.Search;

namespace PolicyArchive.Tests.Support;

/// <summary>A real archive on a temp folder: a SQLite file migrated like the app's, and an on-disk index.</summary>
public sealed class TempArchive : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pa-archive-" + Guid.NewGuid().ToString("N"));

    private TempArchive()
    {
        Directory.CreateDirectory(_folder);
        Index = new ArchiveIndex(Path.Combine(_folder, "index"));
    }

    public ArchiveIndex Index { get; }

    public static async Task<TempArchive> CreateAsync()
    {
        var archive = new TempArchive();
        await using var db = archive.Store();
        await db.Database.MigrateAsync();
        return archive;
    }

    public ArchiveDbContext Store() => new(new DbContextOptionsBuilder<ArchiveDbContext>()
        .UseSqlite($"Data Source={Path.Combine(_folder, "archive.db")}").Options);

    public DocumentEditor Editor(ArchiveDbContext db) => new(db, Index, TimeProvider.System);

    public async Task<Document> AddAsync(string title, string body, string language = "fr")
    {
        await using var db = Store();
        return await Editor(db).CreateAsync(new DocumentDraft(title, body, language, [], null, PartialDate.Unknown, null, []), "tests", null);
    }

    public async ValueTask DisposeAsync()
    {
        Index.Dispose();
        SqliteConnection.ClearAllPools();
        await Task.Yield();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
