using System.Net;
using System.Net.Sockets;

namespace PolicyArchive.Bench.Engines;

/// <summary>
/// A private PostgreSQL cluster from Debian's packages, in a temporary directory, listening on 127.0.0.1 on a free
/// port, stopped and deleted on dispose. Installs the package through apt when it is missing and we are root.
/// PostgreSQL refuses to run as root, so as root the cluster runs as the 'postgres' system user via runuser.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(5);
    private readonly string _root;
    private readonly string _binDirectory;
    private readonly bool _runAsPostgresUser;

    private PostgresServer(string root, string binDirectory, bool runAsPostgresUser, int port)
    {
        _root = root;
        _binDirectory = binDirectory;
        _runAsPostgresUser = runAsPostgresUser;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString =>
        $"Host=127.0.0.1;Port={Port};Username=bench;Database=postgres;Pooling=true;Command Timeout=600;Timeout=30";

    public static async Task<PostgresServer> StartAsync(Action<string> log, CancellationToken cancellationToken)
    {
        var binDirectory = FindBinDirectory() ?? await InstallAsync(log, cancellationToken);
        var runAsPostgresUser = Environment.UserName == "root";
        var root = Directory.CreateTempSubdirectory("policyarchive-bench-pg-").FullName;
        var port = FreeLoopbackPort();
        var server = new PostgresServer(root, binDirectory, runAsPostgresUser, port);
        try
        {
            if (runAsPostgresUser)
            {
                await ProcessRunner.RunAsync("chown", ["postgres:postgres", root], CommandTimeout, cancellationToken);
            }

            await server.RunPgAsync("initdb", ["-D", server.DataDirectory, "-U", "bench", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"], cancellationToken);
            log($"PostgreSQL: cluster in {root}, port {port}");
            await server.RunPgAsync("pg_ctl", [
                "-D", server.DataDirectory, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60",
                "-o", $"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c maintenance_work_mem=256MB -c shared_buffers=256MB",
                "start",
            ], cancellationToken);
            return server;
        }
        catch (Exception ex)
        {
            await server.DisposeAsync();
            throw new InvalidOperationException(
                $"PostgreSQL could not be started for the benchmark ({ex.Message}). Install Debian's 'postgresql' package " +
                "(apt-get install -y postgresql) or pass --postgres \"<connection string>\".", ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
            {
                await RunPgAsync("pg_ctl", ["-D", DataDirectory, "-m", "fast", "-w", "stop"], CancellationToken.None);
            }
        }
        finally
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private string DataDirectory => Path.Combine(_root, "data");

    private Task<string> RunPgAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var executable = Path.Combine(_binDirectory, tool);
        return _runAsPostgresUser
            ? ProcessRunner.RunAsync("runuser", ["-u", "postgres", "--", executable, .. arguments], CommandTimeout, cancellationToken)
            : ProcessRunner.RunAsync(executable, arguments, CommandTimeout, cancellationToken);
    }

    private static string? FindBinDirectory()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.GetDirectories(root)
            .Where(d => int.TryParse(Path.GetFileName(d), out _) && File.Exists(Path.Combine(d, "bin", "initdb")))
            .OrderByDescending(d => int.Parse(Path.GetFileName(d), System.Globalization.CultureInfo.InvariantCulture))
            .Select(d => Path.Combine(d, "bin"))
            .FirstOrDefault();
    }

    private static async Task<string> InstallAsync(Action<string> log, CancellationToken cancellationToken)
    {
        if (Environment.UserName != "root")
        {
            throw new InvalidOperationException("PostgreSQL is not installed and installing it needs root (apt-get install -y postgresql).");
        }

        log("PostgreSQL: not installed, running apt-get install -y postgresql");
        await ProcessRunner.RunAsync("apt-get", ["update"], TimeSpan.FromMinutes(10), cancellationToken);
        await ProcessRunner.RunAsync("apt-get", ["install", "-y", "--no-install-recommends", "postgresql"], TimeSpan.FromMinutes(15), cancellationToken);
        return FindBinDirectory() ?? throw new InvalidOperationException("apt-get installed postgresql but no initdb was found under /usr/lib/postgresql.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
