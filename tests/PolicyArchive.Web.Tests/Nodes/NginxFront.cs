using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Nodes;

/// <summary>Debian's nginx in front of the nodes, configured by the repository's deploy/nginx.conf (its upstream's servers
/// and its listen address replaced, as scripts/cluster.sh does), run as the current user in a folder of its own on a free
/// port of 127.0.0.1. Null from <see cref="StartIfInstalled"/> where nginx is not installed (scripts/test.sh installs it).</summary>
public sealed partial class NginxFront : IDisposable
{
    private readonly Process _process;

    private NginxFront(Process process, string baseUrl, string folder) => (_process, BaseUrl, Folder) = (process, baseUrl, folder);

    public string BaseUrl { get; }
    public string Folder { get; }

    public static NginxFront? StartIfInstalled(string folder, IEnumerable<NodeProcess> nodes)
    {
        var nginx = new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists);
        if (nginx is null) return null;
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var deploy = File.ReadAllText(Path.Combine(RepoPaths.Root, "deploy", "nginx.conf"));
        var servers = string.Concat(nodes.Select(n => $"\n    server {new Uri(n.BaseUrl).Authority} max_fails=2 fail_timeout=5s;"));
        var site = ExampleServer().Replace(deploy, "");
        site = site.Replace("upstream policyarchive_nodes {", "upstream policyarchive_nodes {" + servers, StringComparison.Ordinal);
        site = ListenLine().Replace(site, $"listen 127.0.0.1:{port};");
        Assert.Contains(servers, site);
        Assert.Contains($"listen 127.0.0.1:{port};", site);
        File.WriteAllText(Path.Combine(folder, "site.conf"), site);
        // Every path nginx writes is in the folder, so it runs without root (as root its workers run as nobody; it gives
        // them its temporary folders).
        var temp = string.Concat(new[] { "client_body", "proxy", "fastcgi", "uwsgi", "scgi" }.Select(t => $"{t}_temp_path {folder}/{t}; "));
        File.WriteAllText(Path.Combine(folder, "nginx.conf"), $$"""
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log;
            worker_processes 1;
            events { worker_connections 256; }
            http {
                access_log {{folder}}/access.log;
                {{temp}}
                include {{folder}}/site.conf;
            }
            """);
        var start = new ProcessStartInfo(nginx)
        {
            ArgumentList = { "-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-e", Path.Combine(folder, "error.log"), "-g", "daemon off;" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start");
        var front = new NginxFront(process, $"http://127.0.0.1:{port}", folder);
        front.WaitListening(port);
        return front;
    }

    private void WaitListening(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"nginx exited with {_process.ExitCode}: {_process.StandardError.ReadToEnd()} {ReadLog()}");
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }
        throw new TimeoutException("nginx did not listen in time: " + ReadLog());
    }

    private string ReadLog() => File.Exists(Path.Combine(Folder, "error.log")) ? File.ReadAllText(Path.Combine(Folder, "error.log")) : "";

    /// <summary>The master and its worker: no nginx is left behind.</summary>
    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The example nodes of deploy/nginx.conf (127.0.0.1:5101…).</summary>
    [GeneratedRegex(@"\n[ \t]*server 127\.0\.0\.1:51\d\d[^;\n]*;")]
    private static partial Regex ExampleServer();

    [GeneratedRegex(@"listen 127\.0\.0\.1:\d+;")]
    private static partial Regex ListenLine();
}
