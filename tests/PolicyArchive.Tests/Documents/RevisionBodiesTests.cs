using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Editorial;
using PolicyArchive.Tests.Support;

namespace PolicyArchive.Tests.Documents;

/// <summary>A document's current body is stored once, in its row; every revision still reads as it was written, through
/// body edits, metadata-only edits, a document saved from a detached copy, and the upgrade of an archive that stored
/// every body twice.</summary>
public sealed class RevisionBodiesTests
{
    private static DocumentDraft Draft(string title, string body) => new(title, body, "fr", [], null, PartialDate.Unknown, null, []);

    [Fact]
    public async Task Every_revision_reads_as_it_was_while_only_bodies_the_document_no_longer_has_are_stored_twice()
    {
        await using var archive = await TempArchive.CreateAsync();
        var d = await archive.AddAsync("Titre", "Premier corps du texte.");
        Assert.Equal([true], await StoredNull(archive, d.Id));

        var version = d.ConcurrencyVersion;
        version = await Edit(archive, d.PublicId, version, Draft("Titre corrigé", "Premier corps du texte."));
        // A title-only edit: both revisions still have the document's body, and neither keeps a copy.
        Assert.Equal([true, true], await StoredNull(archive, d.Id));

        version = await Edit(archive, d.PublicId, version, Draft("Titre corrigé", "Deuxième corps, réécrit."));
        Assert.Equal([false, false, true], await StoredNull(archive, d.Id));
        await Edit(archive, d.PublicId, version, Draft("Titre corrigé", "Troisième corps, encore réécrit."));
        Assert.Equal([false, false, false, true], await StoredNull(archive, d.Id));

        await using var db = archive.Store();
        var bodies = new List<string?>();
        for (var n = 1; n <= 4; n++) bodies.Add((await RevisionBodies.FindAsync(db, d.Id, n))?.Body);
        Assert.Equal(["Premier corps du texte.", "Premier corps du texte.", "Deuxième corps, réécrit.", "Troisième corps, encore réécrit."], bodies);
        Assert.Equal("Troisième corps, encore réécrit.", (await RevisionBodies.LatestAsync(db, d.Id))?.Body);

        // What an editor compares and a reader cites: revision 2 against 3 shows the body's change.
        var history = new RevisionHistoryQuery(db);
        var comparison = RevisionComparison.Of((await history.RevisionAsync(d.PublicId, 2))!, (await history.RevisionAsync(d.PublicId, 3))!);
        Assert.False(comparison.Identical);
        var pieces = comparison.Lines.SelectMany(l => l.Words ?? [new DiffPiece(l.Op, l.Text)]).ToList();
        Assert.Contains(pieces, p => p.Op == DiffOp.Removed && p.Text.Contains("Premier", StringComparison.Ordinal));
        Assert.Contains(pieces, p => p.Op == DiffOp.Added && p.Text.Contains("Deuxième", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_document_saved_from_a_detached_copy_still_gives_its_revisions_the_body_the_store_held()
    {
        await using var archive = await TempArchive.CreateAsync();
        var d = await archive.AddAsync("Titre", "Le corps d'origine.");
        await using (var db = archive.Store())
        {
            // Attached, not loaded: the tracker's "original" body is the new one, so only the store can say what it was.
            var copy = await db.Documents.AsNoTracking().SingleAsync(x => x.Id == d.Id);
            copy.Body = "Un corps remplacé.";
            copy.RevisionNumber++;
            copy.Revisions = [RevisionFactory.Snapshot(copy, "tests", null, "body", DateTime.UtcNow)];
            db.Update(copy);
            await db.SaveChangesAsync();
        }
        await using var read = archive.Store();
        Assert.Equal("Le corps d'origine.", (await RevisionBodies.FindAsync(read, d.Id, 1))?.Body);
        Assert.Equal("Un corps remplacé.", (await RevisionBodies.FindAsync(read, d.Id, 2))?.Body);
    }

    [Fact]
    public async Task Two_revisions_added_in_one_save_with_the_body_changed_between_them_each_keep_their_text()
    {
        await using var archive = await TempArchive.CreateAsync();
        var d = await archive.AddAsync("Titre", "Le corps d'origine.");
        await using (var db = archive.Store())
        {
            var doc = await db.Documents.SingleAsync(x => x.Id == d.Id);
            doc.Body = "Un corps intermédiaire.";
            doc.RevisionNumber++;
            doc.Revisions.Add(RevisionFactory.Snapshot(doc, "tests", null, "body", DateTime.UtcNow));
            doc.Body = "Le corps final.";
            doc.RevisionNumber++;
            doc.Revisions.Add(RevisionFactory.Snapshot(doc, "tests", null, "body", DateTime.UtcNow));
            await db.SaveChangesAsync();
        }
        Assert.Equal([false, false, true], await StoredNull(archive, d.Id));
        await using var read = archive.Store();
        var bodies = new List<string?>();
        for (var n = 1; n <= 3; n++) bodies.Add((await RevisionBodies.FindAsync(read, d.Id, n))?.Body);
        Assert.Equal(["Le corps d'origine.", "Un corps intermédiaire.", "Le corps final."], bodies);
    }

    [Fact]
    public void An_export_reads_only_the_revisions_the_document_row_it_read_knew_of()
    {
        // The revisions were read after the document: revision 3 was saved in between, and revision 2 still keeps no body
        // in this read although it has the row's body, while revision 3 would otherwise be given a body it never had.
        var d = new Document { Body = "Corps de la révision 2.", RevisionNumber = 2 };
        d.Revisions.AddRange([
            new Revision { Number = 1, Body = "Corps de la révision 1." },
            new Revision { Number = 2, Body = null },
            new Revision { Number = 3, Body = null },
        ]);
        Assert.Equal([(1, "Corps de la révision 1."), (2, "Corps de la révision 2.")], RevisionBodies.Of(d).Select(x => (x.Revision.Number, x.Body)));
    }

    [Fact]
    public async Task Upgrading_drops_the_second_copy_of_current_bodies_and_going_back_restores_every_one()
    {
        var file = Path.Combine(Path.GetTempPath(), "pa-revision-bodies-" + Guid.NewGuid().ToString("N") + ".db");
        ArchiveDbContext Store() => new(new DbContextOptionsBuilder<ArchiveDbContext>().UseSqlite($"Data Source={file}").Options);
        try
        {
            const string before = "20261201180010_ImportdiskCompressedBodies";
            await using (var db = Store())
            {
                await db.GetService<IMigrator>().MigrateAsync(before);
                // As the previous release wrote it: revision 2 holds a copy of the document's body.
                var d = new Document { PublicId = "p1", Slug = "p1", Title = "T", Body = "Corps actuel, assez long pour être comparé.", ContentSha256 = "x", RevisionNumber = 2 };
                db.Documents.Add(d);
                await db.SaveChangesAsync();
                await db.Database.ExecuteSqlInterpolatedAsync($"INSERT INTO \"Revisions\" (\"DocumentId\", \"Number\", \"CreatedAt\", \"CreatedBy\", \"Title\", \"Body\", \"ContentSha256\", \"MetadataJson\") VALUES ({d.Id}, 1, {DateTime.UtcNow}, 'tests', 'T', {CompressedText.Pack("Ancien corps.")}, 'a', '{{}}')");
                await db.Database.ExecuteSqlInterpolatedAsync($"INSERT INTO \"Revisions\" (\"DocumentId\", \"Number\", \"CreatedAt\", \"CreatedBy\", \"Title\", \"Body\", \"ContentSha256\", \"MetadataJson\") VALUES ({d.Id}, 2, {DateTime.UtcNow}, 'tests', 'T', {CompressedText.Pack(d.Body)}, 'b', '{{}}')");
            }

            await using (var db = Store())
            {
                await db.Database.MigrateAsync();
                var id = await db.Documents.Select(x => x.Id).SingleAsync();
                Assert.Equal([false, true], await db.Revisions.OrderBy(r => r.Number).Select(r => r.Body == null).ToListAsync());
                Assert.Equal("Ancien corps.", (await RevisionBodies.FindAsync(db, id, 1))?.Body);
                Assert.Equal("Corps actuel, assez long pour être comparé.", (await RevisionBodies.FindAsync(db, id, 2))?.Body);

                await db.GetService<IMigrator>().MigrateAsync(before);
            }
            await using (var connection = new SqliteConnection($"Data Source={file}"))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT \"Body\" FROM \"Revisions\" ORDER BY \"Number\"";
                await using var reader = await command.ExecuteReaderAsync();
                var bodies = new List<string>();
                while (await reader.ReadAsync()) bodies.Add(CompressedText.Unpack((byte[])reader.GetValue(0)));
                Assert.Equal(["Ancien corps.", "Corps actuel, assez long pour être comparé."], bodies);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
        }
    }

    private static async Task<int> Edit(TempArchive archive, string publicId, int version, DocumentDraft draft)
    {
        await using var db = archive.Store();
        var saved = await archive.Editor(db).UpdateAsync(publicId, version, draft, "tests", null);
        Assert.NotNull(saved);
        return saved.ConcurrencyVersion;
    }

    private static async Task<List<bool>> StoredNull(TempArchive archive, int documentId)
    {
        await using var db = archive.Store();
        return await db.Revisions.Where(r => r.DocumentId == documentId).OrderBy(r => r.Number).Select(r => r.Body == null).ToListAsync();
    }
}
