using System.Diagnostics;
using PolicyArchive.Bench.Measurement;

namespace PolicyArchive.Bench.Archive;

public sealed record LoadResult(string Endpoint, int Concurrency, double Seconds, long Requests, long Errors, double RequestsPerSecond, LatencySummary Latency);

/// <summary>
/// Many concurrent clients over loopback for a fixed time, each cycling through the query paths: an in-process
/// HttpClient generator rather than wrk, so it needs nothing installed and records every latency exactly.
/// </summary>
public static class LoadGenerator
{
    public static async Task<LoadResult> RunAsync(Uri baseAddress, string endpoint, IReadOnlyList<string> paths, int concurrency, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var latencies = new List<double>[concurrency];
        var errors = 0L;
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var mine = latencies[worker] = [];
            for (var i = worker; watch.Elapsed < duration; i++)
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(paths[i % paths.Count], HttpCompletionOption.ResponseContentRead, cancellationToken);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref errors);
                        continue;
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                    continue;
                }

                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }).ToList();
        await Task.WhenAll(workers);
        var seconds = watch.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).ToList();
        if (all.Count == 0)
        {
            throw new InvalidOperationException($"No successful request to {endpoint} during the load test ({errors} errors).");
        }

        return new LoadResult(endpoint, concurrency, seconds, all.Count, errors, all.Count / seconds, LatencySummary.From(all));
    }
}
