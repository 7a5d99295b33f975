using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace PolicyArchive.Web.Tests.Support;

/// <summary>The real app on a temporary data folder: a real SQLite file and a real on-disk Lucene index, the repo's seeds,
/// and a configured administrator. Each factory is a fresh archive.</summary>
public class ArchiveAppFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@archive.test";
    public const string AdminPassword = "correct horse battery staple";

    public ArchiveAppFactory()
        : this(Path.Combine(Path.GetTempPath(), "pa-tests", Guid.NewGuid().ToString("N")), ownsDataDirectory: true)
    {
    }

    /// <summary>An app on an existing data folder, to test what a restart finds; the caller removes the folder.</summary>
    public static ArchiveAppFactory OnDataDirectory(string dataDirectory) => new(dataDirectory, ownsDataDirectory: false);

    // One public constructor only: xunit builds class fixtures through it.
    protected ArchiveAppFactory(string dataDirectory, bool ownsDataDirectory)
    {
        DataDirectory = dataDirectory;
        _ownsDataDirectory = ownsDataDirectory;
    }

    private readonly bool _ownsDataDirectory;

    /// <summary>Set before disposing to leave the data folder for a restart on it.</summary>
    public bool KeepDataDirectory { get; set; }

    public string DataDirectory { get; }

    /// <summary>Extra configuration for one test class (e.g. a low rate limit).</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["Archive:DataDirectory"] = DataDirectory,
            ["Archive:SeedsDirectory"] = RepoPaths.Seeds,
            ["Archive:Admin:Email"] = AdminEmail,
            ["Archive:Admin:Password"] = AdminPassword,
            ["Archive:RateLimits:SearchPerMinute"] = "100000",
            ["Archive:RateLimits:LoginPerMinute"] = "100000",
        };
        // The same tests on PostgreSQL (scripts/test.sh's second run): a database per data folder, the index still on disk.
        var store = TestStore.SettingsFor(DataDirectory);
        foreach (var (key, value) in store) settings[key] = value;
        _postgres = store.GetValueOrDefault("ConnectionStrings:Archive");
        foreach (var (k, v) in Settings) settings[k] = v;
        // As settings, not as an added configuration source: those are applied only when Program builds the app, after
        // it has read Archive:Store and the connection string to choose the store.
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services => services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, Security.SecurityTestPeer>());
    }

    private string? _postgres;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _postgres is not null && _ownsDataDirectory && !KeepDataDirectory) TestPostgres.DropDatabase(_postgres);
        if (disposing && _ownsDataDirectory && !KeepDataDirectory)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
