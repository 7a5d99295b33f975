using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyArchive.Bench.Queries;

namespace PolicyArchive.Bench.Engines;

/// <summary>
/// Xapian 1.4 from Debian's python3-xapian, through bench/xapian_engine.py: the build is one `build` run of the script;
/// searches go to one long-lived `serve` process, one JSON line per query each way, timed here like the other engines
/// (the pipe's round trip, a few tens of microseconds, is counted, as the socket is for PostgreSQL).
/// </summary>
public sealed class XapianEngine(string script, string directory) : IIndexedEngine
{
    /// <summary>Debian's interpreter: the module is installed for it, not for another python3 earlier on the PATH.</summary>
    public const string Python = "/usr/bin/python3";

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
    private readonly string _database = Path.Combine(directory, "xapian.db");
    private Process? _server;

    public string Name => "Xapian";

    /// <summary>Null when Debian's python3 imports the xapian module; otherwise why not.</summary>
    public static async Task<string?> UnavailableReasonAsync(string script, CancellationToken cancellationToken)
    {
        if (!File.Exists(script))
        {
            return $"{script} is missing";
        }

        try
        {
            await ProcessRunner.RunAsync(Python, ["-c", "import xapian"], TimeSpan.FromSeconds(30), cancellationToken);
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or TimeoutException)
        {
            return "Debian's python3-xapian is not installed (apt-get install -y python3-xapian; scripts/bench.sh and scripts/test.sh install it)";
        }
    }

    public async Task BuildAsync(string corpusPath, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        await ProcessRunner.RunAsync(Python, [script, "build", _database, corpusPath], TimeSpan.FromHours(2), cancellationToken);
    }

    public async Task<SearchOutcome> SearchAsync(BenchQuery query, CancellationToken cancellationToken)
    {
        var server = _server ??= StartServer();
        var request = JsonSerializer.Serialize(new Request(query.Terms, query.IsPhrase ? true : null, query.Language, query.Year), Json);
        await server.StandardInput.WriteLineAsync(request.AsMemory(), cancellationToken);
        await server.StandardInput.FlushAsync(cancellationToken);
        var line = await server.StandardOutput.ReadLineAsync(cancellationToken)
            ?? throw new InvalidOperationException($"xapian_engine.py serve stopped: {await server.StandardError.ReadToEndAsync(cancellationToken)}");
        var answer = JsonSerializer.Deserialize<Answer>(line) ?? throw new InvalidDataException($"Unreadable answer from xapian_engine.py: {line}");
        return new SearchOutcome(answer.Total, answer.Hits.Select(h => new SearchHit(h.Id, h.Title, h.Snippet, h.Score)).ToList());
    }

    public Task<long> OnDiskBytesAsync(CancellationToken cancellationToken) =>
        Task.FromResult(Directory.Exists(_database) ? Directory.EnumerateFiles(_database, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0);

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            _server.StandardInput.Close();
            if (!_server.WaitForExit(5_000))
            {
                _server.Kill(entireProcessTree: true);
            }

            await _server.WaitForExitAsync();
            _server.Dispose();
        }
    }

    private Process StartServer()
    {
        var startInfo = new ProcessStartInfo(Python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in new[] { script, "serve", _database })
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["PYTHONIOENCODING"] = "utf-8";
        return Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {script} serve.");
    }

    private sealed record Request(
        [property: JsonPropertyName("terms")] IReadOnlyList<string> Terms,
        [property: JsonPropertyName("phrase")] bool? Phrase,
        [property: JsonPropertyName("language")] string? Language,
        [property: JsonPropertyName("year")] int? Year);

    private sealed record Answer([property: JsonPropertyName("total")] long Total, [property: JsonPropertyName("hits")] IReadOnlyList<AnswerHit> Hits);

    private sealed record AnswerHit(
        [property: JsonPropertyName("id")] long Id,
        [property: JsonPropertyName("title")] string Title,
        [property: JsonPropertyName("snippet")] string Snippet,
        [property: JsonPropertyName("score")] double Score);
}
