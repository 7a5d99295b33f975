using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace PolicyArchive.Bench.Archive;

/// <summary>The archive serving on Kestrel at 127.0.0.1 over an existing data directory; stopped on dispose.</summary>
public sealed class ArchiveServer : IAsyncDisposable
{
    private readonly Process _process;

    private readonly Stopwatch _sinceStart;

    private ArchiveServer(Process process, Uri baseAddress, double coldStartSeconds, Stopwatch sinceStart)
    {
        _process = process;
        BaseAddress = baseAddress;
        ColdStartSeconds = coldStartSeconds;
        _sinceStart = sinceStart;
    }

    public Uri BaseAddress { get; }

    /// <summary>From process start to the first search answered with results.</summary>
    public double ColdStartSeconds { get; }

    public long ResidentBytes => ProcessMemory.ResidentBytes(_process.Id);

    public long PeakResidentBytes => ProcessMemory.PeakResidentBytes(_process.Id);

    public static async Task<ArchiveServer> StartAsync(ArchiveApp app, string probeQuery, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var port = FreeLoopbackPort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var watch = Stopwatch.StartNew();
        var process = app.Start("server", ["--urls", baseAddress.ToString().TrimEnd('/')]);
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var probe = $"/api/search?q={Uri.EscapeDataString(probeQuery)}";
        while (watch.Elapsed < timeout && !process.HasExited)
        {
            try
            {
                var body = await client.GetStringAsync(probe, cancellationToken);
                if (!body.Contains("\"total\":0", StringComparison.Ordinal))
                {
                    return new ArchiveServer(process, baseAddress, watch.Elapsed.TotalSeconds, watch);
                }
            }
            catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // Not listening yet, 503 while the store and index get ready, or a first search slower than the probe's patience.
            }

            await Task.Delay(10, cancellationToken);
        }

        var exited = process.HasExited;
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
        throw new InvalidOperationException(
            $"The archive did not answer a search for '{probeQuery}' with results within {timeout.TotalSeconds:0} s{(exited ? " (it exited)" : string.Empty)}:\n{app.LogTail("server")}");
    }

    /// <summary>Starts the app and waits until /healthz answers 200 (started, and on PostgreSQL its index caught up with
    /// the store); returns the server and the seconds that took. For a node that builds its index from the store.</summary>
    public static async Task<(ArchiveServer Server, double ReadySeconds)> StartHealthyAsync(ArchiveApp app, string name, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var port = FreeLoopbackPort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var watch = Stopwatch.StartNew();
        var process = app.Start(name, ["--urls", baseAddress.ToString().TrimEnd('/')]);
        var server = new ArchiveServer(process, baseAddress, double.NaN, watch);
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
        while (watch.Elapsed < timeout && !process.HasExited)
        {
            try
            {
                using var response = await client.GetAsync("/healthz", cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return (server, watch.Elapsed.TotalSeconds);
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // Not listening yet.
            }

            await Task.Delay(100, cancellationToken);
        }

        await server.DisposeAsync();
        throw new InvalidOperationException($"Node {name} did not answer /healthz with 200 within {timeout.TotalSeconds:0} s:\n{app.LogTail(name)}");
    }

    /// <summary>
    /// Waits until the server searches as it does for researchers: the cross-language dictionaries load in the background
    /// after start (a search meanwhile is not translated), so a query only the dictionaries translate is asked until the
    /// answer's "also searched" lists a dictionary translation. Returns the seconds from process start, or null when that
    /// never happened within <paramref name="timeout"/>.
    /// </summary>
    public async Task<double?> WaitForDictionariesAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var deadline = _sinceStart.Elapsed + timeout;
        while (_sinceStart.Elapsed < deadline)
        {
            if (await ExpandsAsync(client, DictionaryProbe, "dictionary", cancellationToken))
            {
                return _sinceStart.Elapsed.TotalSeconds;
            }

            await Task.Delay(100, cancellationToken);
        }

        return null;
    }

    /// <summary>Whether a query the seeds' thesaurus names comes back with a thesaurus expansion in "also searched".</summary>
    public async Task<bool> ThesaurusExpandsAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        return await ExpandsAsync(client, ThesaurusProbe, "thesaurus", cancellationToken);
    }

    /// <summary>An English word over a French corpus, which the seeds' thesaurus does not name and the dictionaries translate.</summary>
    public const string DictionaryProbe = "smuggling";

    /// <summary>A concept of the seeds' thesaurus (seeds/thesaurus.json).</summary>
    public const string ThesaurusProbe = "export controls";

    private static async Task<bool> ExpandsAsync(HttpClient client, string query, string source, CancellationToken cancellationToken)
    {
        using var answer = JsonDocument.Parse(await client.GetStringAsync($"/api/search?q={Uri.EscapeDataString(query)}&pageSize=1", cancellationToken));
        return answer.RootElement.TryGetProperty("alsoSearched", out var also)
            && also.EnumerateArray().Any(e => e.TryGetProperty("source", out var s) && s.GetString() == source);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
