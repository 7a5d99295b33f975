using System.Globalization;
using Microsoft.AspNetCore.Localization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.WebEncoders;
using PolicyArchive.Core.Exchange;
using PolicyArchive.Web.Api;
using PolicyArchive.Web.Feeds;
using PolicyArchive.Web.Oai;
using PolicyArchive.Web.Pages.Documents;
using PolicyArchive.Web.Readers;

namespace PolicyArchive.Web.Infrastructure;

/// <summary>What readers and harvesters use: citations, feeds, OAI-PMH, exports, OpenAPI, the interface in English and
/// French, output caching invalidated on every archive write, compression and CORS for read-only use.</summary>
public static class ReaderExtensions
{
    public static readonly CultureInfo[] InterfaceCultures = [new("en"), new("fr")];

    public static IHostApplicationBuilder AddArchiveReaders(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        // No ResourcesPath: the SDK names Resources/SharedResource.fr.resx after the class beside it (PolicyArchive.Web.SharedResource).
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("en");
            o.SupportedCultures = InterfaceCultures;
            o.SupportedUICultures = InterfaceCultures;
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            // The switch's cookie wins over the browser's Accept-Language; no query-string provider, so cached pages stay few.
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        // Razor otherwise writes every accent and CJK character as an entity; < > & and quotes are still encoded.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddOutputCache(ReaderCache.Configure);
        services.AddHostedService<ReaderCacheInvalidator>();
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(
                ["application/atom+xml", "application/jsonl", "text/csv", "application/opensearchdescription+xml", "application/x-bibtex"]);
        });
        services.AddCors(o => o.AddPolicy(ReaderCors.Policy, p => p.AllowAnyOrigin().WithMethods("GET", "HEAD").WithExposedHeaders("ETag")));
        services.AddOpenApi(ApiContract.Configure);
        services.AddSingleton<DocumentBodyRenderer>();
        services.AddScoped<JsonLinesExporter>();
        services.AddScoped<JsonLinesImporter>();
        services.AddScoped<CsvExporter>();
        return builder;
    }

    /// <summary>Before routing: compression wraps everything, and the interface culture is known to every page.</summary>
    public static WebApplication UseArchiveReadersEarly(this WebApplication app)
    {
        app.UseResponseCompression();
        app.UseRequestLocalization();
        return app;
    }

    /// <summary>After routing and authorization: CORS and the output cache see the matched endpoint and the user.</summary>
    public static WebApplication UseArchiveReaders(this WebApplication app)
    {
        app.UseCors();
        app.UseOutputCache();
        return app;
    }

    public static WebApplication MapArchiveReaders(this WebApplication app)
    {
        app.MapOpenApi().CacheOutput(ReaderCache.Policy);
        app.MapCiteDownloads();
        var feeds = app.MapGroup("").RequireCors(ReaderCors.Policy).CacheOutput(ReaderCache.Policy).WithTags("Feeds");
        feeds.MapGet("/feeds/atom", AtomFeeds.ArchiveAsync).Produces<string>(StatusCodes.Status200OK, "application/atom+xml")
            .WithSummary("Atom feed of new and revised documents");
        feeds.MapGet("/feeds/tag/{slug}", AtomFeeds.TagAsync).Produces<string>(StatusCodes.Status200OK, "application/atom+xml")
            .ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Atom feed of one tag");
        feeds.MapGet("/feeds/search", AtomFeeds.SearchAsync).RequireRateLimiting(AccountExtensions.SearchRateLimit)
            .Produces<string>(StatusCodes.Status200OK, "application/atom+xml").Produces(StatusCodes.Status400BadRequest, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Atom feed of the documents a search finds");
        feeds.MapGet("/sitemap.xml", DiscoveryFiles.SitemapAsync).ExcludeFromDescription();
        feeds.MapGet("/robots.txt", DiscoveryFiles.Robots).ExcludeFromDescription();
        feeds.MapGet("/opensearch.xml", DiscoveryFiles.OpenSearch).ExcludeFromDescription();
        app.MapMethods("/oai", ["GET", "POST"], OaiPmhEndpoint.HandleAsync).RequireCors(ReaderCors.Policy).DisableAntiforgery()
            .Produces<string>(StatusCodes.Status200OK, "text/xml")
            .WithTags("OAI-PMH").WithSummary("OAI-PMH 2.0 repository (oai_dc)");
        app.MapGet("/culture/{name}", SwitchCulture).ExcludeFromDescription();
        return app;
    }

    /// <summary>The language switch: a plain link (no script), remembered for a year in the culture cookie. A reader
    /// follows it in a browser: a name in capitals ("FR") is the same language, and a language the interface lacks
    /// ("de") leads back to the page in the language it was in, never to an error.</summary>
    private static IResult SwitchCulture(string name, string? returnUrl, HttpContext http)
    {
        var culture = InterfaceCultures.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
        if (culture is not null)
        {
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture.Name)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        }
        return Results.Redirect(LocalUrls.SafeOrDefault(returnUrl, "/"));
    }
}
