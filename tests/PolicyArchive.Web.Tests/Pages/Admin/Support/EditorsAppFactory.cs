using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PolicyArchive.Core.Documents;

namespace PolicyArchive.Web.Tests.Pages.Admin.Support;

// Stand-in until the lead's ArchiveAppFactory lands on main: the real app on a temp data folder (SQLite file + index on disk).
public sealed class EditorsAppFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@archive.test";
    public const string AdminPassword = "Correct Horse Battery 42";
    public const string EditorEmail = "editor@archive.test";
    public const string EditorPassword = "Editor Password 123";
    public const long MaxSourceBytes = 64 * 1024;

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "pa-editors-" + Guid.NewGuid().ToString("N"));

    public int LoginPerMinute { get; init; } = 1000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Archive:DataDirectory", DataDirectory);
        builder.UseSetting("Archive:SeedsDirectory", "");
        builder.UseSetting("Archive:IngestSeedsAtStart", "false");
        builder.UseSetting("Archive:Admin:Email", AdminEmail);
        builder.UseSetting("Archive:Admin:Password", AdminPassword);
        builder.UseSetting("Archive:MaxSourceBytes", MaxSourceBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Archive:RateLimits:LoginPerMinute", LoginPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseEnvironment("Production");
    }

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task EnsureUserAsync(string email, string password, params string[] roles)
    {
        _ = Services;
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ArchiveUser>>();
        if (await users.FindByEmailAsync(email) is not null) return;
        var user = new ArchiveUser { UserName = email, Email = email, EmailConfirmed = true };
        var result = await users.CreateAsync(user, password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        await users.AddToRolesAsync(user, roles);
    }

    public async Task<T> WithStoreAsync<T>(Func<ArchiveDbContext, Task<T>> query)
    {
        using var scope = Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<ArchiveDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
