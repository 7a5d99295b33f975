using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PolicyArchive.Core.Documents;

namespace PolicyArchive.Web.Infrastructure;

public static class AccountExtensions
{
    public const string LoginRateLimit = "login";
    public const string SearchRateLimit = "search";
    public const string EditorsPolicy = "editors";
    public const string AdministratorsPolicy = "administrators";

    /// <summary>ASP.NET Core Identity on the archive's store: hashed passwords, lockout, secure cookies, rate limits.</summary>
    public static IHostApplicationBuilder AddArchiveAccounts(this IHostApplicationBuilder builder)
    {
        builder.Services
            .AddIdentity<ArchiveUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // Length over composition rules (NIST SP 800-63B): a long passphrase is accepted, a short one never.
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireDigit = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<ArchiveDbContext>()
            .AddDefaultTokenProviders();

        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "pa_auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "pa_af";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(EditorsPolicy, p => p.RequireRole(ArchiveRoles.Editor, ArchiveRoles.Administrator))
            .AddPolicy(AdministratorsPolicy, p => p.RequireRole(ArchiveRoles.Administrator));

        // Limits are read per request from options, so configuration added after start-up code runs (tests, reloads) applies.
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(LoginRateLimit, http => PerClient(http, LoginRateLimit, Limits(http).LoginPerMinute));
            o.AddPolicy(SearchRateLimit, http => PerClient(http, SearchRateLimit, Limits(http).SearchPerMinute));
        });
        return builder;
    }

    private static ArchiveOptions.RateLimitOptions Limits(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<ArchiveOptions>>().Value.RateLimits;

    private static RateLimitPartition<string> PerClient(HttpContext http, string policy, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            policy + ":" + (http.Connection.RemoteIpAddress?.ToString() ?? "local"),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
