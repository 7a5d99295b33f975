using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Tests.Support;

namespace PolicyArchive.Tests.Indexing;

/// <summary>A request waits to see indexed, and says was saved, only a change whose transaction committed (real SQLite file).</summary>
public sealed class CommittedChangeTests : IAsyncLifetime
{
    private TempArchive _archive = null!;

    public async Task InitializeAsync() => _archive = await TempArchive.CreateAsync();

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    [Fact]
    public async Task A_change_saved_in_a_transaction_counts_once_it_commits()
    {
        await using var db = _archive.Store();
        await using var tx = await db.Database.BeginTransactionAsync();
        db.Tags.Add(new Tag { Name = "Lithographie", Slug = "lithographie" });
        await db.SaveChangesAsync();
        Assert.Null(db.LastChangeSequence);

        await tx.CommitAsync();
        Assert.Equal(await LatestEntryAsync(), db.LastChangeSequence);
    }

    [Fact]
    public async Task A_change_rolled_back_is_not_remembered_and_the_last_committed_one_stays()
    {
        await using var db = _archive.Store();
        db.Tags.Add(new Tag { Name = "Fonderies", Slug = "fonderies" });
        await db.SaveChangesAsync();
        var committed = db.LastChangeSequence;
        Assert.NotNull(committed);

        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            db.Tags.Add(new Tag { Name = "Brouillon", Slug = "brouillon" });
            await db.SaveChangesAsync();
            await tx.RollbackAsync();
        }
        // As a caller does after a failed write: the rolled-back rows are no longer the store's.
        db.ChangeTracker.Clear();
        Assert.Equal(committed, db.LastChangeSequence);

        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            db.Tags.Add(new Tag { Name = "Abandon", Slug = "abandon" });
            await db.SaveChangesAsync();
        }
        db.ChangeTracker.Clear();
        Assert.Equal(committed, db.LastChangeSequence);
        Assert.Equal(committed, await LatestEntryAsync());
    }

    [Fact]
    public async Task A_change_whose_commit_is_refused_is_not_remembered()
    {
        await using var db = _archive.Store();
        await using var tx = await db.Database.BeginTransactionAsync();
        // SQLite checks deferred foreign keys at commit: the save goes through and the commit is refused, as PostgreSQL
        // refuses a serializable commit.
        await db.Database.ExecuteSqlRawAsync("PRAGMA defer_foreign_keys = ON");
        db.DocumentTags.Add(new DocumentTag { DocumentId = 987654, Tag = new Tag { Name = "Orphelin", Slug = "orphelin" } });
        await db.SaveChangesAsync();

        await Assert.ThrowsAsync<SqliteException>(() => tx.CommitAsync());
        Assert.Null(db.LastChangeSequence);
        Assert.Null(await LatestEntryAsync());
    }

    private async Task<long?> LatestEntryAsync()
    {
        await using var db = _archive.Store();
        return await db.ChangeLog.MaxAsync(e => (long?)e.Sequence);
    }
}
