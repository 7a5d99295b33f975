using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PolicyArchive.Bench.Archive;

/// <summary>The archive serving on Kestrel at 127.0.0.1 over an existing data directory; stopped on dispose.</summary>
public sealed class ArchiveServer : IAsyncDisposable
{
    private readonly Process _process;

    private ArchiveServer(Process process, Uri baseAddress, double coldStartSeconds)
    {
        _process = process;
        BaseAddress = baseAddress;
        ColdStartSeconds = coldStartSeconds;
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
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var probe = $"/api/search?q={Uri.EscapeDataString(probeQuery)}";
        while (watch.Elapsed < timeout && !process.HasExited)
        {
            try
            {
                var body = await client.GetStringAsync(probe, cancellationToken);
                if (!body.Contains("\"total\":0", StringComparison.Ordinal))
                {
                    return new ArchiveServer(process, baseAddress, watch.Elapsed.TotalSeconds);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet, or 503 while the store and index get ready.
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
