using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PolicyArchive.Core.Documents;
using PolicyArchive.Web.Tests.Pages.Admin.Support;
using PolicyArchive.Web.Tests.Support;

namespace PolicyArchive.Web.Tests.Pages.Account;

/// <summary>Runs the real app binary with `create-admin`, then logs in through the site on the same data folder.</summary>
public sealed class CreateAdminCommandTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "pa-create-admin-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Create_admin_makes_an_administrator_who_can_log_in_and_manage_accounts()
    {
        var (code, output) = await RunAsync(["create-admin", "chef@archive.test"], "chef password 2025");
        Assert.True(code == 0, output);
        Assert.Contains("Administrator chef@archive.test is ready.", output);

        using var app = ArchiveAppFactory.OnDataDirectory(_data);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        await PageForms.LoginAsync(client, "chef@archive.test", "chef password 2025");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/accounts")).StatusCode);
    }

    [Fact]
    public async Task Create_admin_without_a_password_creates_nothing()
    {
        var (code, output) = await RunAsync(["create-admin", "sans@archive.test"], password: null);
        Assert.Equal(2, code);
        Assert.Contains("No password given; nothing created.", output);

        using var app = ArchiveAppFactory.OnDataDirectory(_data);
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ArchiveUser>>();
        Assert.Null(await users.FindByEmailAsync("sans@archive.test"));
        Assert.NotNull(await users.FindByEmailAsync(ArchiveAppFactory.AdminEmail));
    }

    private async Task<(int Code, string Output)> RunAsync(string[] args, string? password)
    {
        var exe = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "PolicyArchive.Web.exe" : "PolicyArchive.Web");
        var start = new ProcessStartInfo(exe)
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        TestStore.UseDataDirectory(start, _data);
        start.Environment["Archive__SeedsDirectory"] = "";
        start.Environment["Archive__IngestSeedsAtStart"] = "false";
        start.Environment["ARCHIVE_ADMIN_PASSWORD"] = password ?? "";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
