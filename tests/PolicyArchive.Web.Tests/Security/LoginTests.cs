using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PolicyArchive.Core.Documents;
using PolicyArchive.Web.Tests.Pages.Admin.Support;

namespace PolicyArchive.Web.Tests.Security;

/// <summary>The real password hasher, counting its verifications: refusing an account must cost the same hashing
/// whether the address is unknown, the password wrong or the account locked.</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<ArchiveUser>
{
    private readonly PasswordHasher<ArchiveUser> _inner = new();
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    public string HashPassword(ArchiveUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(ArchiveUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

public sealed class CountingHasherFactory : EditorsAppFactory
{
    public CountingPasswordHasher Hasher { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<ArchiveUser>>(Hasher));
    }
}

/// <summary>Issue 13, login: no answer tells whether an account exists or is locked.</summary>
public sealed class LoginEnumerationTests : IClassFixture<CountingHasherFactory>
{
    private readonly CountingHasherFactory _app;

    public LoginEnumerationTests(CountingHasherFactory app) => _app = app;

    private async Task<(string Message, int Hashings)> AttemptAsync(string email, string password)
    {
        var client = _app.Browser();
        var page = await PageForms.GetAsync(client, "/account/login");
        var before = _app.Hasher.Verifications;
        var response = await PageForms.SubmitAsync(client, page, "main form button[type=submit]", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = password,
        });
        var hashings = _app.Hasher.Verifications - before;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ((await PageForms.ParseAsync(response)).Text("main [role=alert]"), hashings);
    }

    [Fact]
    public async Task Unknown_address_wrong_password_and_locked_account_get_the_same_message_and_the_same_hashing()
    {
        const string locked = "enumeration.locked@archive.test", real = "enumeration.real@archive.test", password = "enumeration password 1";
        await _app.EnsureUserAsync(real, password, "Editor");
        await _app.EnsureUserAsync(locked, password, "Editor");
        for (var i = 0; i < 5; i++) await AttemptAsync(locked, "wrong password " + i);

        var unknown = await AttemptAsync("nobody.here@archive.test", "some password 12");
        var wrong = await AttemptAsync(real, "not the password");
        var lockedOut = await AttemptAsync(locked, password);

        Assert.Equal(unknown.Message, wrong.Message);
        Assert.Equal(unknown.Message, lockedOut.Message);
        Assert.Equal(1, unknown.Hashings);
        Assert.Equal(1, wrong.Hashings);
        Assert.Equal(1, lockedOut.Hashings);
    }
}

/// <summary>Issue 13, login rate limit: attempts (POSTs) count, page views do not, and the refusal says when to come back.</summary>
public sealed class LoginAttemptLimitTests : IDisposable
{
    private readonly LowLoginLimitFactory _app = new();

    [Fact]
    public async Task Page_views_are_free_and_attempts_beyond_the_limit_get_429_with_retry_after()
    {
        var client = _app.Browser();
        for (var i = 0; i < 6; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            var page = await PageForms.GetAsync(client, "/account/login");
            last = await PageForms.SubmitAsync(client, page, "main form button[type=submit]", new Dictionary<string, string>
            {
                ["Input.Email"] = "limit@archive.test", ["Input.Password"] = "wrong password " + i,
            });
            statuses.Add(last.StatusCode);
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(last!.Headers.RetryAfter?.Delta is { } delta && delta > TimeSpan.Zero, "the 429 has no Retry-After");
        Assert.Contains("Too many requests", await last.Content.ReadAsStringAsync());
    }

    public void Dispose() => _app.Dispose();
}
