using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PolicyArchive.Browser.Tests;

/// <summary>The built app as its own process on Kestrel, bound to 127.0.0.1 on a free port, with a fresh data folder.</summary>
public sealed class ArchiveServer : IAsyncLifetime
{
    public const string AdminEmail = "admin@archive.test";
    public const string AdminPassword = "correct horse battery staple";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "pa-browser", Guid.NewGuid().ToString("N"));
    private Process? _process;
    private readonly ConcurrentQueue<string> _log = new();

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var root = FindRepoRoot();
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var app = Path.Combine(AppContext.BaseDirectory, "PolicyArchive.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { app, "--urls", BaseUrl, "--contentRoot", Path.Combine(root, "src", "PolicyArchive.Web") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Archive__DataDirectory"] = _dataDirectory;
        start.Environment["Archive__SeedsDirectory"] = Path.Combine(root, "seeds");
        start.Environment["Archive__Admin__Email"] = AdminEmail;
        start.Environment["Archive__Admin__Password"] = AdminPassword;
        _process = Process.Start(start) ?? throw new InvalidOperationException("The app did not start.");
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The app exited with code {_process.ExitCode}.");
            try
            {
                if ((await http.GetAsync(BaseUrl + "/healthz")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException("The app did not become ready within 90 s.");
    }

    /// <summary>The app's last log lines, for a test that failed to say what the server was doing.</summary>
    public string RecentLog() => string.Join("\n", _log);

    private void Keep(string? line)
    {
        if (line is null) return;
        _log.Enqueue(line);
        while (_log.Count > 60) _log.TryDequeue(out _);
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true);
        _process?.WaitForExit(10_000);
        _process?.Dispose();
        try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PolicyArchive.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("PolicyArchive.sln not found.");
    }
}
