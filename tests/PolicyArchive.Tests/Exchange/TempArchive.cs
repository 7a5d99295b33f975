using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Search;

namespace PolicyArchive.Tests.Exchange;

/// <summary>A real SQLite file and a real on-disk index in a temporary folder, deleted afterwards.</summary>
internal sealed class TempArchive : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pa-exchange-" + Guid.NewGuid().ToString("N"));

    private TempArchive()
    {
        Directory.CreateDirectory(_folder);
        Index = new ArchiveIndex(Path.Combine(_folder, "index"));
    }

    public ArchiveIndex Index { get; }

    public static async Task<TempArchive> CreateAsync()
    {
        var archive = new TempArchive();
        await using var db = archive.NewContext();
        await db.Database.MigrateAsync();
        return archive;
    }

    public ArchiveDbContext NewContext() => new(new DbContextOptionsBuilder<ArchiveDbContext>()
        .UseSqlite($"Data Source={Path.Combine(_folder, "archive.db")};Pooling=False").Options);

    public async ValueTask DisposeAsync()
    {
        Index.Dispose();
        await Task.Yield();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
