using Npgsql;
using NpgsqlTypes;
using PolicyArchive.Bench.Corpus;
using PolicyArchive.Bench.Queries;

namespace PolicyArchive.Bench.Engines;

/// <summary>
/// PostgreSQL full-text search as a user would set it up: a 'french' configuration with unaccent in front of the
/// stemmer, a stored tsvector (title weighted A, body B) with a GIN index, ts_rank_cd and ts_headline.
/// </summary>
public sealed class PostgresFtsEngine(string connectionString) : IIndexedEngine
{
    private const string Config = "bench_french_unaccent";
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public string Name => "PostgreSQL FTS";

    public async Task BuildAsync(string corpusPath, CancellationToken cancellationToken)
    {
        await ExecuteAsync($"""
            DROP TABLE IF EXISTS docs;
            CREATE EXTENSION IF NOT EXISTS unaccent;
            DROP TEXT SEARCH CONFIGURATION IF EXISTS {Config};
            CREATE TEXT SEARCH CONFIGURATION {Config} (COPY = french);
            ALTER TEXT SEARCH CONFIGURATION {Config}
                ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
            CREATE TABLE docs (
                id integer PRIMARY KEY, title text NOT NULL, body text NOT NULL, language text NOT NULL,
                authors text[] NOT NULL, publication text NOT NULL, date text NOT NULL, year integer NOT NULL, tags text[] NOT NULL,
                tsv tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('{Config}', title), 'A') || setweight(to_tsvector('{Config}', body), 'B')) STORED);
            """, cancellationToken);

        await using (var connection = await _dataSource.OpenConnectionAsync(cancellationToken))
        await using (var import = await connection.BeginBinaryImportAsync(
            "COPY docs (id, title, body, language, authors, publication, date, year, tags) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            var id = 0;
            foreach (var document in CorpusFile.Read(corpusPath))
            {
                await import.StartRowAsync(cancellationToken);
                await import.WriteAsync(++id, NpgsqlDbType.Integer, cancellationToken);
                await import.WriteAsync(document.Title, NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(document.Body, NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(document.Language, NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(document.Authors.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(document.Publication, NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(document.Date, NpgsqlDbType.Text, cancellationToken);
                await import.WriteAsync(document.Year, NpgsqlDbType.Integer, cancellationToken);
                await import.WriteAsync(document.Tags.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            }

            await import.CompleteAsync(cancellationToken);
        }

        await ExecuteAsync("""
            CREATE INDEX docs_tsv ON docs USING gin (tsv);
            CREATE INDEX docs_language_year ON docs (language, year);
            """, cancellationToken);
        await ExecuteAsync("VACUUM ANALYZE docs", cancellationToken);
    }

    public async Task<SearchOutcome> SearchAsync(BenchQuery query, CancellationToken cancellationToken)
    {
        var tsQuery = query.IsPhrase ? "phraseto_tsquery" : "plainto_tsquery";
        var filter = query.IsFiltered ? " AND language = @language AND year = @year" : string.Empty;
        await using var batch = _dataSource.CreateBatch();
        batch.BatchCommands.Add(Command($"SELECT count(*) FROM docs WHERE tsv @@ {tsQuery}('{Config}', @q){filter}", query));
        batch.BatchCommands.Add(Command($"""
            SELECT id, title,
                   ts_headline('{Config}', body, q, 'StartSel=<mark>, StopSel=</mark>, MaxWords=24, MinWords=12, MaxFragments=1'),
                   rank
            FROM (SELECT id, title, body, {tsQuery}('{Config}', @q) AS q, ts_rank_cd(tsv, {tsQuery}('{Config}', @q)) AS rank
                  FROM docs WHERE tsv @@ {tsQuery}('{Config}', @q){filter}
                  ORDER BY rank DESC LIMIT 10) top
            ORDER BY rank DESC
            """, query));

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var total = reader.GetInt64(0);
        await reader.NextResultAsync(cancellationToken);
        var hits = new List<SearchHit>(10);
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(new SearchHit(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetFloat(3)));
        }

        return new SearchOutcome(total, hits);
    }

    public async Task<long> OnDiskBytesAsync(CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand("SELECT pg_total_relation_size('docs')");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private static NpgsqlBatchCommand Command(string sql, BenchQuery query)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddWithValue("q", string.Join(' ', query.Terms));
        if (query.IsFiltered)
        {
            command.Parameters.AddWithValue("language", query.Language!);
            command.Parameters.AddWithValue("year", query.Year!.Value);
        }

        return command;
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
