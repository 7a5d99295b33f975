using Microsoft.Data.Sqlite;
using PolicyArchive.Bench.Corpus;
using PolicyArchive.Bench.Queries;

namespace PolicyArchive.Bench.Engines;

/// <summary>
/// SQLite FTS5 as a user would set it up: an external-content FTS5 table over a documents table,
/// unicode61 with diacritics removed, bm25 ranking (title weighted 5x), snippet() for the excerpt.
/// </summary>
public sealed class SqliteFtsEngine(string directory) : IIndexedEngine
{
    private const int BatchSize = 1_000;
    private readonly string _path = Path.Combine(directory, "fts5.db");
    private SqliteConnection? _connection;

    public string Name => "SQLite FTS5";

    public async Task BuildAsync(string corpusPath, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        File.Delete(_path);
        _connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        await _connection.OpenAsync(cancellationToken);
        await ExecuteAsync("""
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            CREATE TABLE docs (id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL, language TEXT NOT NULL,
                authors TEXT NOT NULL, publication TEXT NOT NULL, date TEXT NOT NULL, year INTEGER NOT NULL, tags TEXT NOT NULL);
            CREATE VIRTUAL TABLE docs_fts USING fts5(title, body, content='docs', content_rowid='id',
                tokenize='unicode61 remove_diacritics 2');
            """, cancellationToken);

        using var insertDoc = _connection.CreateCommand();
        insertDoc.CommandText = """
            INSERT INTO docs (id, title, body, language, authors, publication, date, year, tags)
            VALUES ($id, $title, $body, $language, $authors, $publication, $date, $year, $tags);
            INSERT INTO docs_fts (rowid, title, body) VALUES ($id, $title, $body);
            """;
        var parameters = new[] { "$id", "$title", "$body", "$language", "$authors", "$publication", "$date", "$year", "$tags" }
            .ToDictionary(n => n, n => insertDoc.Parameters.Add(new SqliteParameter(n, null)));

        var id = 0L;
        SqliteTransaction? transaction = null;
        foreach (var document in CorpusFile.Read(corpusPath))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (id % BatchSize == 0)
            {
                transaction?.Commit();
                transaction = _connection.BeginTransaction();
                insertDoc.Transaction = transaction;
            }

            id++;
            parameters["$id"].Value = id;
            parameters["$title"].Value = document.Title;
            parameters["$body"].Value = document.Body;
            parameters["$language"].Value = document.Language;
            parameters["$authors"].Value = string.Join("; ", document.Authors);
            parameters["$publication"].Value = document.Publication;
            parameters["$date"].Value = document.Date;
            parameters["$year"].Value = document.Year;
            parameters["$tags"].Value = string.Join("; ", document.Tags);
            await insertDoc.ExecuteNonQueryAsync(cancellationToken);
        }

        transaction?.Commit();
        await ExecuteAsync("""
            INSERT INTO docs_fts (docs_fts) VALUES ('optimize');
            CREATE INDEX docs_language_year ON docs (language, year);
            ANALYZE;
            PRAGMA wal_checkpoint(TRUNCATE);
            """, cancellationToken);
    }

    public async Task<SearchOutcome> SearchAsync(BenchQuery query, CancellationToken cancellationToken)
    {
        var connection = _connection ?? throw new InvalidOperationException("Build the engine first.");
        var filter = query.IsFiltered ? " AND d.language = $language AND d.year = $year" : string.Empty;

        using var count = connection.CreateCommand();
        count.CommandText = $"SELECT count(*) FROM docs_fts JOIN docs d ON d.id = docs_fts.rowid WHERE docs_fts MATCH $match{filter}";
        AddParameters(count, query);
        var total = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);

        using var top = connection.CreateCommand();
        top.CommandText = $"""
            SELECT d.id, d.title, snippet(docs_fts, 1, '<mark>', '</mark>', '…', 24), bm25(docs_fts, 5.0, 1.0) AS score
            FROM docs_fts JOIN docs d ON d.id = docs_fts.rowid
            WHERE docs_fts MATCH $match{filter}
            ORDER BY score LIMIT 10
            """;
        AddParameters(top, query);
        var hits = new List<SearchHit>(10);
        using var reader = await top.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            // bm25() is negative, lower is better; flip it so every engine reports "higher is better".
            hits.Add(new SearchHit(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), -reader.GetDouble(3)));
        }

        return new SearchOutcome(total, hits);
    }

    public Task<long> OnDiskBytesAsync(CancellationToken cancellationToken) =>
        Task.FromResult(Directory.EnumerateFiles(directory, "fts5.db*").Sum(f => new FileInfo(f).Length));

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    /// <summary>Each term is quoted so FTS5 reads user words as words, never as its own operators.</summary>
    internal static string MatchExpression(BenchQuery query) =>
        query.IsPhrase
            ? Quote(string.Join(' ', query.Terms))
            : string.Join(' ', query.Terms.Select(Quote));

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void AddParameters(SqliteCommand command, BenchQuery query)
    {
        command.Parameters.AddWithValue("$match", MatchExpression(query));
        if (query.IsFiltered)
        {
            command.Parameters.AddWithValue("$language", query.Language);
            command.Parameters.AddWithValue("$year", query.Year);
        }
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        using var command = _connection!.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
