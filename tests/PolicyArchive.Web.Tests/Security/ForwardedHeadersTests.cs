using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using PolicyArchive.Web.Tests.Pages.Admin.Support;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Security;

/// <summary>The built app as its own process on Kestrel (127.0.0.1, Production), configured as behind a TLS proxy on
/// 127.0.0.1 (Archive:KnownProxies), with a low login limit.</summary>
public sealed class ProxiedServer : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "pa-proxied", Guid.NewGuid().ToString("N"));
    private Process? _process;

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            BaseUrl = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        }
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "PolicyArchive.Web"))
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { "--urls", BaseUrl },
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        TestStore.UseDataDirectory(start, _data);
        start.Environment["Archive__SeedsDirectory"] = "";
        start.Environment["Archive__IngestSeedsAtStart"] = "false";
        start.Environment["Archive__KnownProxies__0"] = "127.0.0.1";
        start.Environment["Archive__RateLimits__LoginPerMinute"] = "2";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(120);
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
        throw new TimeoutException("The app did not become ready within 120 s.");
    }

    public HttpClient Client(string? forwardedFor = null, string? forwardedProto = null)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(BaseUrl) };
        if (forwardedFor is not null) client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        if (forwardedProto is not null) client.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
        return client;
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true);
        _process?.WaitForExit(10_000);
        _process?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }
}

/// <summary>Issue 13: behind a known TLS proxy, cookies are Secure and HSTS is sent, and the login limit is per client
/// (the forwarded address), not one global limit for everyone the proxy serves.</summary>
public sealed class ForwardedHeadersTests : IClassFixture<ProxiedServer>
{
    private readonly ProxiedServer _server;

    public ForwardedHeadersTests(ProxiedServer server) => _server = server;

    [Fact]
    public async Task Behind_a_known_tls_proxy_cookies_are_secure_and_hsts_is_sent()
    {
        var proxied = await _server.Client("203.0.113.10", "https").GetAsync("/account/login");
        Assert.Equal(HttpStatusCode.OK, proxied.StatusCode);
        Assert.StartsWith("max-age=", proxied.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        Assert.Contains(proxied.Headers.GetValues("Set-Cookie"), c => c.StartsWith("pa_af", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));

        var plain = await _server.Client().GetAsync("/account/login");
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task The_login_limit_is_per_forwarded_client()
    {
        static async Task<HttpStatusCode> AttemptAsync(HttpClient client)
        {
            var page = await PageForms.GetAsync(client, "/account/login");
            var response = await PageForms.SubmitAsync(client, page, "main form button[type=submit]", new Dictionary<string, string>
            {
                ["Input.Email"] = "someone@archive.test", ["Input.Password"] = "not a password at all",
            });
            return response.StatusCode;
        }

        var first = _server.Client("203.0.113.21");
        var statuses = new List<HttpStatusCode> { await AttemptAsync(first), await AttemptAsync(first), await AttemptAsync(first) };
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, await AttemptAsync(_server.Client("203.0.113.22")));
    }

    [Fact]
    public async Task Trace_on_kestrel_is_405()
    {
        var response = await _server.Client().SendAsync(new HttpRequestMessage(new HttpMethod("TRACE"), "/"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
