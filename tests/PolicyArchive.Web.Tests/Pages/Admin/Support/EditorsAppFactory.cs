using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PolicyArchive.Core.Documents;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Pages.Admin.Support;

/// <summary>The lead's <see cref="ArchiveAppFactory"/> (real SQLite file and index on a temp folder) without seeds, with a small
/// size limit so the oversized-input tests stay light, and helpers to add accounts and read the store.</summary>
public class EditorsAppFactory : ArchiveAppFactory
{
    public const string EditorEmail = "editor@archive.test";
    public const string EditorPassword = "editor password 123";
    public const long MaxSourceBytes = 64 * 1024;

    protected virtual int LoginPerMinute => 100_000;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Archive:IngestSeedsAtStart"] = "false",
        ["Archive:MaxSourceBytes"] = MaxSourceBytes.ToString(CultureInfo.InvariantCulture),
        ["Archive:RateLimits:LoginPerMinute"] = LoginPerMinute.ToString(CultureInfo.InvariantCulture),
    };

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task EnsureUserAsync(string email, string password, params string[] roles)
    {
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
}

/// <summary>The same app with a login limit low enough to reach in a test.</summary>
public sealed class LowLoginLimitFactory : EditorsAppFactory
{
    protected override int LoginPerMinute => 3;
}
