using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Editorial;

namespace PolicyArchive.Tests.Documents;

/// <summary>Bodies are stored compressed; archives written before keep every revision, readable as it was.</summary>
public sealed class CompressedBodiesTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "pa-compressed-" + Guid.NewGuid().ToString("N") + ".db");

    private static readonly string LongText = string.Concat(Enumerable.Range(0, 200).Select(i =>
        $"Paragraphe {i} : les contrôles à l'exportation des puces avancées (先进芯片出口管制, 輸出規制) et les modèles ouverts.\n\n"));

    [Fact]
    public void A_long_text_round_trips_smaller_and_a_short_or_plain_one_as_it_is()
    {
        var packed = CompressedText.Pack(LongText);
        Assert.True(packed.Length * 3 < System.Text.Encoding.UTF8.GetByteCount(LongText), $"{packed.Length} bytes");
        Assert.Equal(LongText, CompressedText.Unpack(packed));
        Assert.Equal(LongText, CompressedText.Unpack(System.Text.Encoding.UTF8.GetBytes(LongText)));
        Assert.Equal("Un texte court.", CompressedText.Unpack(CompressedText.Pack("Un texte court.")));
        Assert.Equal("", CompressedText.Unpack(CompressedText.Pack("")));
    }

    [Fact]
    public async Task An_archive_from_before_compression_upgrades_without_losing_a_revision_and_compresses_what_is_written_after()
    {
        await using (var db = Store())
        {
            // The store as the previous release left it: bodies as text.
            await db.GetService<IMigrator>().MigrateAsync("20261201151141_NodesDataProtectionKeys");
        }
        await using (var connection = new SqliteConnection($"Data Source={_file}"))
        {
            await connection.OpenAsync();
            Insert(connection, "Documents", new() { ["PublicId"] = "old1", ["Slug"] = "ancien", ["Title"] = "Ancien", ["Body"] = LongText + "v2",
                ["Language"] = "fr", ["ContentSha256"] = "x", ["RevisionNumber"] = 2, ["ConcurrencyVersion"] = 2, ["Status"] = 0 });
            var id = Scalar(connection, "SELECT Id FROM Documents WHERE PublicId = 'old1'");
            Insert(connection, "Revisions", new() { ["DocumentId"] = id, ["Number"] = 1, ["Title"] = "Ancien", ["Body"] = LongText, ["CreatedBy"] = "ingestion", ["ContentSha256"] = "a" });
            Insert(connection, "Revisions", new() { ["DocumentId"] = id, ["Number"] = 2, ["Title"] = "Ancien", ["Body"] = LongText + "v2", ["CreatedBy"] = "editor", ["ContentSha256"] = "b" });
        }

        await using (var db = Store())
        {
            await db.Database.MigrateAsync();
            var d = await db.Documents.Include(x => x.Revisions).SingleAsync(x => x.PublicId == "old1");
            Assert.Equal(LongText + "v2", d.Body);
            Assert.Equal([LongText, LongText + "v2"], await Bodies(db, d.Id));

            var draft = new DocumentDraft("Ancien", LongText + "v3", "fr", [], null, PartialDate.Unknown, null, []);
            Assert.NotNull(await new DocumentEditor(db, TimeProvider.System).UpdateAsync("old1", d.ConcurrencyVersion, draft, "editor", null));
        }

        await using (var db = Store())
        {
            Assert.Equal([LongText, LongText + "v2", LongText + "v3"], await Bodies(db, (await db.Documents.SingleAsync()).Id));
            Assert.Equal(LongText + "v3", (await db.Documents.SingleAsync()).Body);
        }
        await using (var connection = new SqliteConnection($"Data Source={_file}"))
        {
            await connection.OpenAsync();
            // The document's new body went in compressed, and so did the body revision 2 had, given to it when the document's
            // changed (the upgrade had left it none, as the document's row held it); revision 1 stays as it was.
            var utf8 = System.Text.Encoding.UTF8.GetByteCount(LongText);
            Assert.True(Scalar(connection, "SELECT length(Body) FROM Revisions WHERE Number = 2") * 3 < utf8);
            Assert.Equal(1, Scalar(connection, "SELECT count(*) FROM Revisions WHERE Number = 3 AND Body IS NULL"));
            Assert.True(Scalar(connection, "SELECT length(Body) FROM Documents") * 3 < utf8);
            Assert.Equal(utf8, Scalar(connection, "SELECT length(CAST(Body AS BLOB)) FROM Revisions WHERE Number = 1"));
        }
    }

    private static async Task<List<string?>> Bodies(ArchiveDbContext db, int documentId)
    {
        var bodies = new List<string?>();
        foreach (var number in await db.Revisions.Where(r => r.DocumentId == documentId).OrderBy(r => r.Number).Select(r => r.Number).ToListAsync())
            bodies.Add((await RevisionBodies.FindAsync(db, documentId, number))?.Body);
        return bodies;
    }

    private ArchiveDbContext Store() => new(new DbContextOptionsBuilder<ArchiveDbContext>().UseSqlite($"Data Source={_file}").Options);

    /// <summary>Inserts a row with the given values and a neutral value for every other required column.</summary>
    private static void Insert(SqliteConnection connection, string table, Dictionary<string, object> values)
    {
        using (var info = connection.CreateCommand())
        {
            info.CommandText = $"SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('{table}')";
            using var reader = info.ExecuteReader();
            while (reader.Read())
            {
                var (name, type, required, hasDefault, key) = (reader.GetString(0), reader.GetString(1), reader.GetInt64(2) == 1, !reader.IsDBNull(3), reader.GetInt64(4) > 0);
                if (values.ContainsKey(name) || !required || hasDefault || key) continue;
                values[name] = type.Contains("INT", StringComparison.OrdinalIgnoreCase) ? 0 : type == "TEXT" ? (object)"2026-01-01 00:00:00" : 0;
            }
        }
        using var insert = connection.CreateCommand();
        var names = values.Keys.ToList();
        insert.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", names.Select(n => $"\"{n}\""))}) VALUES ({string.Join(", ", names.Select((_, i) => "$p" + i))})";
        for (var i = 0; i < names.Count; i++) insert.Parameters.AddWithValue("$p" + i, values[names[i]]);
        insert.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" }) File.Delete(f);
    }
}
