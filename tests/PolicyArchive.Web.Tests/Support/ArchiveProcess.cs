using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace PolicyArchive.Web.Tests.Support;

/// <summary>The built app as its own process (Kestrel on 127.0.0.1, a free port) on a given data folder: for what only real
/// processes show, such as a kill -9, a second process beside the app, or a full disk.</summary>
public sealed class ArchiveProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ArchiveProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        Client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
    }

    public string BaseUrl { get; }

    /// <summary>Keeps cookies (antiforgery, login) like a browser; redirects are not followed.</summary>
    public HttpClient Client { get; }

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public bool HasExited => _process.HasExited;

    public static async Task<ArchiveProcess> StartAsync(string dataDirectory, IDictionary<string, string>? settings = null, bool waitForReady = true)
    {
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var start = Command(dataDirectory, settings, "--urls", baseUrl);
        var process = Process.Start(start) ?? throw new InvalidOperationException("The app did not start.");
        var app = new ArchiveProcess(process, baseUrl);
        process.OutputDataReceived += (_, e) => app.Log(e.Data);
        process.ErrorDataReceived += (_, e) => app.Log(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (waitForReady) await app.WaitForReadyAsync();
        return app;
    }

    /// <summary>Runs a command of the app (`import DIR`, ...) as its own process on the data folder, to its end.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(string dataDirectory, params string[] args)
    {
        var start = Command(dataDirectory, null, args);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The command did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>Starts a command without waiting for it (to kill it midway).</summary>
    public static Process StartCommand(string dataDirectory, params string[] args)
    {
        var process = Process.Start(Command(dataDirectory, null, args)) ?? throw new InvalidOperationException("The command did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public async Task WaitForReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        using var http = new HttpClient();
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The app exited with code {_process.ExitCode}:\n{Output}");
            try
            {
                if ((await http.GetAsync(BaseUrl + "/healthz")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("The app did not become ready within 120 s:\n" + Output);
    }

    /// <summary>Polls the search API until <paramref name="done"/> holds for its total; returns the last total.</summary>
    public async Task<int> SearchUntilAsync(string query, Func<int, bool> done, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        var total = -1;
        while (true)
        {
            var response = await Client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            total = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32();
            if (done(total) || DateTime.UtcNow > deadline) return total;
            await Task.Delay(100);
        }
    }

    public async Task LogInAsync()
    {
        var page = await Client.GetDocumentAsync("/account/login");
        var response = await Client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Email"] = ArchiveAppFactory.AdminEmail, ["Input.Password"] = ArchiveAppFactory.AdminPassword });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Login failed: {(int)response.StatusCode}\n{Output}");
    }

    /// <summary>Adds a source through the admin form, as an editor does; returns the response to the post.</summary>
    public async Task<HttpResponseMessage> AddThroughFormAsync(string title, string body)
    {
        var form = await Client.GetDocumentAsync("/admin/documents/new");
        return await Client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.Language"] = "en",
            ["Input.Body"] = body,
        });
    }

    /// <summary>SIGKILL: no shutdown code runs, as when the machine loses power or the process is killed with -9.</summary>
    public void Kill9()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: false);
        _process.WaitForExit(15_000);
    }

    /// <summary>SIGTERM: the host stops its services and disposes the index, as on a normal shutdown.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited) return;
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill?.WaitForExit();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Kill9();
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited) Kill9();
        await Task.Yield();
        _process.Dispose();
    }

    private void Log(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private static ProcessStartInfo Command(string dataDirectory, IDictionary<string, string>? settings, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PolicyArchive.Web.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        // By environment, not argument: a command reads its own arguments (import PATH...).
        start.Environment["ASPNETCORE_CONTENTROOT"] = Path.Combine(RepoPaths.Root, "src", "PolicyArchive.Web");
        start.WorkingDirectory = Path.Combine(RepoPaths.Root, "src", "PolicyArchive.Web");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        TestStore.UseDataDirectory(start, dataDirectory);
        start.Environment["Archive__SeedsDirectory"] = RepoPaths.Seeds;
        start.Environment["Archive__Admin__Email"] = ArchiveAppFactory.AdminEmail;
        start.Environment["Archive__Admin__Password"] = ArchiveAppFactory.AdminPassword;
        start.Environment["Archive__RateLimits__SearchPerMinute"] = "100000";
        start.Environment["Archive__RateLimits__LoginPerMinute"] = "100000";
        start.Environment["Serilog__MinimumLevel__Default"] = "Information";
        foreach (var (k, v) in settings ?? new Dictionary<string, string>()) start.Environment[k] = v;
        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
