using System.Diagnostics;
using Npgsql;

namespace PolicyArchive.Web.Tests.Support;

/// <summary>A real PostgreSQL server from Debian's packages for the tests: the one scripts/test.sh started (its connection
/// string in ARCHIVE_TEST_POSTGRES), or a private one started here through scripts/cluster.sh and stopped at exit.
/// Every caller gets a fresh database of its own.</summary>
public static class TestPostgres
{
    /// <summary>Set (to PostgreSQL) by scripts/test.sh for its second run of this project: every app factory then runs on PostgreSQL.</summary>
    public static bool IsTheStore => string.Equals(Environment.GetEnvironmentVariable("ARCHIVE_TEST_STORE"), "PostgreSQL", StringComparison.OrdinalIgnoreCase);

    private static readonly Lazy<string> s_server = new(() =>
        Environment.GetEnvironmentVariable("ARCHIVE_TEST_POSTGRES") is { Length: > 0 } given ? given : PrivateServer.Start(out _));

    public static string Server => s_server.Value;

    /// <summary>The database named <paramref name="name"/> (created unless it exists: an app restarted on the same data
    /// folder finds the same store), or a new one.</summary>
    public static async Task<string> CreateDatabaseAsync(string? server = null, string? name = null)
    {
        server ??= Server;
        name ??= "pa_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            try
            {
                await create.ExecuteNonQueryAsync();
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // Restarting on the same folder: the same store.
            }
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public static void DropDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var name = builder.Database;
        NpgsqlConnection.ClearAllPools();
        builder.Database = "postgres";
        try
        {
            using var connection = new NpgsqlConnection(builder.ConnectionString);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
        catch (NpgsqlException)
        {
            // The server is gone already (the end of the run): its folder goes with it.
        }
    }

    /// <summary>A server of the test's own, in a temporary folder, through scripts/cluster.sh postgres-up.</summary>
    public static class PrivateServer
    {
        public static string Start(out string folder)
        {
            folder = Path.Combine(Path.GetTempPath(), "pa-pg-" + Guid.NewGuid().ToString("N")[..12]);
            var connection = Run("postgres-up", folder).Trim().Split('\n')[^1];
            var started = folder;
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(started);
            return connection;
        }

        public static void Stop(string folder) => Run("postgres-down", folder);

        /// <summary>Stops the server and starts it again on the same port and data, as an operator's restart would.</summary>
        public static void Halt(string folder) => Run("postgres-stop", folder);

        public static void Resume(string folder) => Run("postgres-start", folder);

        private static string Run(string verb, string folder)
        {
            var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "scripts", "cluster.sh"));
            start.ArgumentList.Add(verb);
            start.ArgumentList.Add(folder);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException($"cluster.sh {verb} failed: {error.Result}");
            return output.Result;
        }
    }
}
