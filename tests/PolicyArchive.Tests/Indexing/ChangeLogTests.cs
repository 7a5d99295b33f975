using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Editorial;
using PolicyArchive.Core.Exchange;
using PolicyArchive.Core.Ingestion;
using PolicyArchive.Core.Search;
using PolicyArchive.Core.Search.Expansion;
using PolicyArchive.Core.Store;
using PolicyArchive.Core.Thesaurus;
using PolicyArchive.Tests.Support;

namespace PolicyArchive.Tests.Indexing;

/// <summary>Every kind of write leaves exactly one change-log entry, in its own transaction, and the indexer following the
/// log makes the change searchable (real SQLite file, real on-disk index).</summary>
public sealed class ChangeLogTests : IAsyncLifetime
{
    private TempArchive _archive = null!;

    public async Task InitializeAsync() => _archive = await TempArchive.CreateAsync();

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    [Fact]
    public async Task Each_kind_of_write_leaves_one_entry_and_is_searchable_after_the_indexer_follows()
    {
        var clock = TimeProvider.System;
        // Form add and edit.
        var d = await Write(ChangeKinds.DocumentCreate, db => new DocumentEditor(db, clock).CreateAsync(
            new DocumentDraft("Le rapport Zelvanor", "Texte sur les puces zelvanor.", "fr", ["Ada"], null, PartialDate.Unknown, null, ["Puces"]), "ed", null));
        Assert.Equal([d.PublicId], Find("zelvanor"));
        await Write(ChangeKinds.DocumentUpdate, async db => (await new DocumentEditor(db, clock).UpdateAsync(d.PublicId, d.ConcurrencyVersion,
            new DocumentDraft("Le rapport Quintrel", "Texte sur les puces quintrel.", "fr", ["Ada"], null, PartialDate.Unknown, null, ["Puces"]), "ed", null))!);
        Assert.Equal([d.PublicId], Find("quintrel"));
        Assert.Empty(Find("zelvanor"));

        // Withdraw and reinstate.
        var version = await VersionAsync(d.PublicId);
        await Write(ChangeKinds.DocumentWithdraw, db => Done(Lifecycle(db).WithdrawAsync(d.PublicId, version, "erreur", "ed")));
        Assert.Empty(Find("quintrel"));
        version = await VersionAsync(d.PublicId);
        await Write(ChangeKinds.DocumentReinstate, db => Done(Lifecycle(db).ReinstateAsync(d.PublicId, version, "ed")));
        Assert.Equal([d.PublicId], Find("quintrel"));

        // Tags: the documents carrying them are re-indexed with the new name.
        var tagId = await IdOfTagAsync("puces");
        await Write(ChangeKinds.TagRename, db => Done(new TagCurator(db, clock).RenameAsync(tagId, "Lithographie", "ed")));
        Assert.Equal([d.PublicId], Find("tag:lithographie"));
        var other = await Write(ChangeKinds.DocumentCreate, db => new DocumentEditor(db, clock).CreateAsync(
            new DocumentDraft("Autre note", "Une note brelmond.", "fr", [], null, PartialDate.Unknown, null, ["Fonderies"]), "ed", null));
        var fonderies = await IdOfTagAsync("fonderies");
        var semi = await IdOfTagAsync("lithographie");
        await Write(ChangeKinds.TagMerge, db => Done(new TagCurator(db, clock).MergeAsync(fonderies, semi, "ed")));
        Assert.Equal(2, Find("tag:lithographie").Count);

        // Relations, collections and the thesaurus: nothing to index, but one entry each (the caches follow it).
        await Write(ChangeKinds.RelationAdd, db => Done(new RelationEditor(db, clock).AddAsync(d.PublicId, other.PublicId, RelationType.RespondsTo, null, "ed")));
        var relationId = await WithStore(db => db.Relations.Select(r => r.Id).SingleAsync());
        await Write(ChangeKinds.RelationRemove, db => Done(new RelationEditor(db, clock).RemoveAsync(d.PublicId, relationId, "ed")));
        var collection = await Write(ChangeKinds.CollectionCreate, db => new CollectionEditor(db, clock).CreateAsync("Dossier puces", "intro", "ed"));
        await Write(ChangeKinds.CollectionUpdate, db => Done(new CollectionEditor(db, clock).AddDocumentAsync(collection.Id, d.PublicId, "ed")));
        var thesaurus = new ThesaurusCache(_archive.Index);
        await Write(ChangeKinds.ThesaurusCreate, db => new ThesaurusEditor(db, thesaurus, _archive.Index, clock)
            .CreateAsync(new ThesaurusDraft("Fonderie", null, null, "fr: fonderie\nen: foundry"), "ed"));

        // Import and seeds (the ingestion every way in shares).
        var ingested = await Write(ChangeKinds.Ingest, db => Ingestion(db).IngestBatchAsync(
            [new SourceInput(Encoding.UTF8.GetBytes("Note vostrange\n\nUn texte vostrange sur les puces et les fonderies."), "n.txt", "import:n.txt", "import")]));
        Assert.Equal([ingested.Single().PublicId!], Find("vostrange"));

        // JSON Lines import into another archive: one entry for the file.
        await using (var target = await TempArchive.CreateAsync())
        {
            var exported = new MemoryStream();
            await using (var db = _archive.Store()) await new JsonLinesExporter(db).ExportAsync(exported, includeWithdrawn: true);
            await using (var db = target.Store())
                Assert.True((await new JsonLinesImporter(db).ImportAsync(new MemoryStream(exported.ToArray()))).Succeeded);
            await using (var db = target.Store())
                Assert.Equal([ChangeKinds.ExchangeImport], await db.ChangeLog.Select(e => e.Kind).ToListAsync());
            await target.IndexAsync();
            Assert.Equal(3, target.Index.DocumentCount);
        }

        // Delete for real.
        await Write(ChangeKinds.DocumentDelete, db => Done(Lifecycle(db).DeleteAsync(other.PublicId, "doublon", "admin")));
        Assert.Empty(Find("brelmond"));
        Assert.Equal(await WithStore(db => db.Documents.CountAsync()), _archive.Index.DocumentCount);
    }

    [Fact]
    public async Task A_content_write_that_names_no_change_is_still_logged_by_the_save_hook_with_its_document()
    {
        var d = await _archive.AddAsync("Texte", "Un texte sur les puces.");
        await Write(ChangeKinds.Unnamed, async db =>
        {
            db.Passages.Add(new Passage { DocumentId = d.Id, Ordinal = 1, Start = 0, Length = 5, Language = "fr" });
            await db.SaveChangesAsync();
            return 0;
        });
        var entry = await WithStore(db => db.ChangeLog.OrderBy(e => e.Sequence).LastAsync());
        Assert.Equal([d.PublicId], entry.DocumentIds);
    }

    [Fact]
    public async Task A_transaction_that_saves_twice_leaves_one_entry()
    {
        await using var db = _archive.Store();
        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            db.Collections.Add(new Collection { Title = "Un", Slug = "un", Introduction = "", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            db.Collections.Add(new Collection { Title = "Deux", Slug = "deux", Introduction = "", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        }
        Assert.Equal(1, await db.ChangeLog.CountAsync());
    }

    private DocumentLifecycle Lifecycle(ArchiveDbContext db) => new(db, new DocumentEditor(db, TimeProvider.System), TimeProvider.System);

    private IngestionService Ingestion(ArchiveDbContext db) =>
        new(db, new SourceExtractor(), _archive.Index, _archive.Changes, TimeProvider.System, NullLogger<IngestionService>.Instance);

    /// <summary>Runs one write; asserts it left exactly one entry of <paramref name="kind"/>; lets the indexer follow.</summary>
    private async Task<T> Write<T>(string kind, Func<ArchiveDbContext, Task<T>> write)
    {
        var before = await WithStore(db => db.ChangeLog.CountAsync());
        T result;
        await using (var db = _archive.Store()) result = await write(db);
        var after = await WithStore(db => db.ChangeLog.OrderBy(e => e.Sequence).Skip(before).ToListAsync());
        Assert.Equal(kind, Assert.Single(after).Kind);
        await _archive.IndexAsync();
        Assert.Equal(after[0].Sequence, _archive.Index.Cursor);
        return result;
    }

    private static async Task<int> Done(Task task)
    {
        await task;
        return 0;
    }

    private async Task<T> WithStore<T>(Func<ArchiveDbContext, Task<T>> read)
    {
        await using var db = _archive.Store();
        return await read(db);
    }

    private Task<int> VersionAsync(string publicId) => WithStore(db => db.Documents.Where(x => x.PublicId == publicId).Select(x => x.ConcurrencyVersion).SingleAsync());

    private Task<int> IdOfTagAsync(string slug) => WithStore(db => db.Tags.Where(t => t.Slug == slug).Select(t => t.Id).SingleAsync());

    private List<string> Find(string query) =>
        _archive.Search().Search(new SearchRequest(query, 1, 20, ExpandThesaurus: false)).Hits.Select(h => h.PublicId).ToList();
}
