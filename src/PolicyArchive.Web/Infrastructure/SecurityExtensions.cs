using System.Net;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.HttpOverrides;

namespace PolicyArchive.Web.Infrastructure;

/// <summary>What every answer carries and every request passes first: forwarded headers from known proxies only, the
/// methods the archive answers, security headers, and errors that never show internals (problem+json under /api).</summary>
public static class SecurityExtensions
{
    /// <summary>Scripts and styles come from the archive's own files only (no inline script or style, no eval; a
    /// Markdown table's column alignment is a class, not a style attribute); nothing may frame the archive.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string HstsValue = "max-age=31536000; includeSubDomains";

    private static readonly string[] s_methods = [HttpMethods.Get, HttpMethods.Head, HttpMethods.Post];

    public static IHostApplicationBuilder AddArchiveSecurity(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the proxies named in Archive:KnownProxies are believed; with none, X-Forwarded-* is ignored
            // (the defaults would trust loopback, which a reverse proxy on the same host is, but nothing else).
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in builder.Configuration.GetSection("Archive:KnownProxies").Get<string[]>() ?? [])
            {
                if (IPAddress.TryParse(proxy, out var address)) o.KnownProxies.Add(address);
                else if (System.Net.IPNetwork.TryParse(proxy, out var network)) o.KnownIPNetworks.Add(network);
            }
            o.ForwardLimit = 1;
        });
        return builder;
    }

    /// <summary>First in the pipeline: the client's address and scheme as the known proxy saw them, then headers, methods and errors.</summary>
    public static WebApplication UseArchiveSecurity(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.Use(SecurityHeaders);
        app.Use(OnlyKnownMethods);
        app.Use(HeadAsGet);
        // JSON API errors are RFC 9457 problem details; pages get the HTML error page. Neither shows internals outside Development.
        app.UseWhen(IsApi, api =>
        {
            if (!app.Environment.IsDevelopment()) api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = _ => StatusCodes.Status500InternalServerError });
            api.UseStatusCodePages();
            api.Use(Api.ApiContract.CheckBoundsAsync);
        });
        app.UseWhen(http => !IsApi(http), pages =>
        {
            if (!app.Environment.IsDevelopment()) pages.UseExceptionHandler("/error");
            pages.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        return app;
    }

    public static bool IsApi(HttpContext http) => http.Request.Path.StartsWithSegments("/api");

    private static Task SecurityHeaders(HttpContext http, Func<Task> next)
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.XFrameOptions = "DENY";
            // Over HTTPS only (directly or through a known TLS proxy): browsers ignore it over plain HTTP.
            if (http.Request.IsHttps) headers.StrictTransportSecurity = HstsValue;
            return Task.CompletedTask;
        });
        return next();
    }

    /// <summary>GET, HEAD and POST (forms, OAI-PMH); OPTIONS only as a CORS preflight. TRACE and the rest get 405.</summary>
    private static async Task OnlyKnownMethods(HttpContext http, Func<Task> next)
    {
        var method = http.Request.Method;
        var preflight = HttpMethods.IsOptions(method) && http.Request.Headers.ContainsKey("Origin")
            && http.Request.Headers.ContainsKey("Access-Control-Request-Method");
        if (preflight || s_methods.Any(m => string.Equals(m, method, StringComparison.OrdinalIgnoreCase)))
        {
            await next();
            return;
        }
        http.Response.Headers.Allow = "GET, HEAD, POST";
        var message = $"The archive does not answer {method} requests: use GET, HEAD or POST.";
        if (IsApi(http))
        {
            await Results.Problem(detail: message, statusCode: StatusCodes.Status405MethodNotAllowed, title: "Method not allowed").ExecuteAsync(http);
            return;
        }
        http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(message);
    }

    /// <summary>HEAD is answered as GET without the body (minimal API endpoints are mapped for GET only).</summary>
    private static async Task HeadAsGet(HttpContext http, Func<Task> next)
    {
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await next();
            return;
        }
        http.Request.Method = HttpMethods.Get;
        var body = http.Response.Body;
        http.Response.Body = Stream.Null;
        try
        {
            await next();
        }
        finally
        {
            http.Response.Body = body;
            http.Request.Method = HttpMethods.Head;
        }
    }
}
