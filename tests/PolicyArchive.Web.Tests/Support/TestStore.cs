using System.Diagnostics;

namespace PolicyArchive.Web.Tests.Support;

/// <summary>Which store the app under test writes to for a data folder: the SQLite file in the folder, or, on the suite's
/// PostgreSQL run, a database named after the folder. An app factory, a command process and an app restarted on the same
/// folder all find the same store.</summary>
public static class TestStore
{
    /// <summary>The category of tests of the embedded default only, left out of the PostgreSQL run: a SQLite file's write
    /// lock or full disk, or the single process's index read against the SQLite file (a paused indexer there still serves;
    /// a PostgreSQL node that lags is reported unready on purpose, and nodes following the store are the Nodes tests).</summary>
    public const string SqliteOnly = "SqliteOnly";

    /// <summary>Configuration keys (":") to add for <paramref name="dataDirectory"/>; empty on SQLite.</summary>
    public static IReadOnlyDictionary<string, string> SettingsFor(string dataDirectory)
    {
        if (!TestPostgres.IsTheStore) return new Dictionary<string, string>();
        var database = TestPostgres.CreateDatabaseAsync(name: DatabaseNameFor(dataDirectory)).GetAwaiter().GetResult();
        return new Dictionary<string, string> { ["Archive:Store"] = "PostgreSQL", ["ConnectionStrings:Archive"] = database };
    }

    /// <summary>Points a process of the app at <paramref name="dataDirectory"/> and at that folder's store.</summary>
    public static void UseDataDirectory(ProcessStartInfo start, string dataDirectory)
    {
        start.Environment["Archive__DataDirectory"] = dataDirectory;
        foreach (var (key, value) in SettingsFor(dataDirectory)) start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
    }

    private static string DatabaseNameFor(string dataDirectory) =>
        "pa_" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(dataDirectory))))[..24].ToLowerInvariant();
}
