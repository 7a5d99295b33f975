using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Nodes;

/// <summary>One app node as a real process (the built app, Production), on a shared PostgreSQL store with its own data folder.</summary>
public sealed class NodeProcess : IDisposable
{
    private readonly string _connectionString;
    private Process? _process;

    public NodeProcess(string name, string connectionString, string dataDirectory)
    {
        Name = name;
        _connectionString = connectionString;
        DataDirectory = dataDirectory;
        BaseUrl = $"http://127.0.0.1:{FreePort()}";
    }

    public string Name { get; }
    public string DataDirectory { get; }
    public string BaseUrl { get; }
    /// <summary>The node's console output, kept after the test (outside the data folder the fixture removes).</summary>
    public string LogFile { get; } = Path.Combine(Path.GetTempPath(), "pa-node-logs", Guid.NewGuid().ToString("N")[..12] + ".log");

    public void Start()
    {
        Directory.CreateDirectory(DataDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(LogFile)!);
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "PolicyArchive.Web.dll") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = BaseUrl;
        start.Environment["ASPNETCORE_CONTENTROOT"] = Path.Combine(RepoPaths.Root, "src", "PolicyArchive.Web");
        start.Environment["Archive__Store"] = "PostgreSQL";
        start.Environment["ConnectionStrings__Archive"] = _connectionString;
        start.Environment["Archive__DataDirectory"] = DataDirectory;
        start.Environment["Archive__SeedsDirectory"] = RepoPaths.Seeds;
        start.Environment["Archive__Admin__Email"] = ArchiveAppFactory.AdminEmail;
        start.Environment["Archive__Admin__Password"] = ArchiveAppFactory.AdminPassword;
        // As scripts/cluster.sh runs them: named in X-Archive-Node, believing the nginx in front of them on this machine.
        start.Environment["Archive__NodeName"] = Name;
        start.Environment["Archive__KnownProxies__0"] = "127.0.0.1";
        start.Environment["Archive__RateLimits__SearchPerMinute"] = "100000";
        start.Environment["Archive__RateLimits__LoginPerMinute"] = "100000";
        _process = Process.Start(start) ?? throw new InvalidOperationException("The node did not start.");
        var log = new StreamWriter(LogFile, append: true) { AutoFlush = true };
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Waits until /healthz answers 200: started, and its index caught up with the store's change log.</summary>
    public async Task WaitReadyAsync(TimeSpan? timeout = null)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(180));
        while (DateTime.UtcNow < deadline)
        {
            if (_process is { HasExited: true }) throw new InvalidOperationException($"Node {Name} exited with {_process.ExitCode}; see {LogFile}");
            try
            {
                if ((await http.GetAsync(BaseUrl + "/healthz")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"Node {Name} was not ready in time; see {LogFile}");
    }

    /// <summary>Starts the node again if a test left it stopped (a failed test must not fail the ones after it), and waits until it is ready.</summary>
    public async Task EnsureRunningAsync()
    {
        if (_process is null or { HasExited: true }) Start();
        await WaitReadyAsync();
    }

    /// <summary>SIGKILL: no shutdown, no flush, as a crash or an OOM kill.</summary>
    public void KillHard()
    {
        if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true);
        _process?.WaitForExit(10_000);
        _process?.Dispose();
        _process = null;
    }

    public void Dispose() => KillHard();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
