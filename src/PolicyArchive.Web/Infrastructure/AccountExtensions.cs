using System.Security.Claims;
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
    public const string HighlightRateLimit = "highlight";
    public const string EditorsPolicy = "editors";
    public const string AdministratorsPolicy = "administrators";

    /// <summary>The signed-in user is an editor or an administrator (the <see cref="EditorsPolicy"/>), for pages that
    /// show editors more than readers, such as a withdrawn document's kept revisions.</summary>
    public static bool IsEditor(this ClaimsPrincipal user) =>
        user.IsInRole(ArchiveRoles.Editor) || user.IsInRole(ArchiveRoles.Administrator);

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
            .AddErrorDescriber<ArchiveIdentityErrors>()
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
            // The JSON API answers 401/403 problem details; only pages are sent to the login form.
            o.Events.OnRedirectToLogin = context => ApiOrRedirect(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => ApiOrRedirect(context, StatusCodes.Status403Forbidden);
            // While the store cannot be reached the stamp cannot be checked. The session is kept for that request: whatever
            // it asks of the store fails the same way and answers "Nothing was saved" (503), never a 500, and a revoked
            // session can do nothing without the store.
            o.Events.OnValidatePrincipal = async context =>
            {
                try
                {
                    await SecurityStampValidator.ValidatePrincipalAsync(context);
                }
                catch (Exception e) when (ArchiveHealth.IsStoreWriteFailure(e))
                {
                    context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("PolicyArchive.Sessions")
                        .LogWarning(e, "The session's security stamp could not be checked: the store cannot be reached");
                }
            };
        });
        // Every request checks the session's security stamp against the store: a role change, a lock, a new password
        // or a logout (each of which changes the stamp) ends the account's open sessions at once, not 30 minutes later.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "pa_af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(EditorsPolicy, p => p.RequireRole(ArchiveRoles.Editor, ArchiveRoles.Administrator))
            .AddPolicy(AdministratorsPolicy, p => p.RequireRole(ArchiveRoles.Administrator));

        // Limits are read per request from options, so configuration added after start-up code runs (tests, reloads) applies.
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                // The client is told when to try again; the body is the error page (or problem details under /api).
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            // Login attempts are POSTs; reading the form is free.
            o.AddPolicy(LoginRateLimit, http => HttpMethods.IsPost(http.Request.Method)
                ? PerClient(http, LoginRateLimit, Limits(http).LoginPerMinute)
                : RateLimitPartition.GetNoLimiter("login:read"));
            o.AddPolicy(SearchRateLimit, http => PerClient(http, SearchRateLimit, Limits(http).SearchPerMinute));
            // A document page costs a search only when it highlights terms; it then counts against the search limit.
            o.AddPolicy(HighlightRateLimit, http => http.Request.Query.ContainsKey("hl")
                ? PerClient(http, SearchRateLimit, Limits(http).SearchPerMinute)
                : RateLimitPartition.GetNoLimiter("highlight:none"));
        });
        return builder;
    }

    private static Task ApiOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (!SecurityExtensions.IsApi(context.HttpContext))
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }
        return Results.Problem(statusCode: status, title: status == StatusCodes.Status401Unauthorized ? "Log in first" : "Not allowed").ExecuteAsync(context.HttpContext);
    }

    private static ArchiveOptions.RateLimitOptions Limits(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<ArchiveOptions>>().Value.RateLimits;

    // The client's address: behind a proxy named in Archive:KnownProxies, the forwarded-headers middleware has already set it.
    private static RateLimitPartition<string> PerClient(HttpContext http, string policy, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            policy + ":" + (http.Connection.RemoteIpAddress?.ToString() ?? "local"),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
