using PolicyArchive.Web.Readers;
using Serilog;

namespace PolicyArchive.Web.Infrastructure;

public static class WebExtensions
{
    public static IHostApplicationBuilder AddArchiveLogging(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, lc) => lc
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console());
        return builder;
    }

    public static IHostApplicationBuilder AddArchiveWeb(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Admin", AccountExtensions.EditorsPolicy);
            o.Conventions.AuthorizePage("/Account/Manage");
            // Highlighting (?hl=) re-analyses the whole body per request: limited like search (only when hl is given).
            o.Conventions.AddPageApplicationModelConvention("/Documents/View", m =>
                m.EndpointMetadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(AccountExtensions.HighlightRateLimit)));
        }).AddMvcOptions(o => o.Filters.Add<PolicyArchive.Web.Pages.Shared.LocalizedModelStateFilter>());
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.Add<ArchiveWriteFilter>());
        builder.Services.AddSingleton<MarkdownRenderer>();
        builder.Services.AddSingleton<ArchiveReadiness>();
        builder.Services.AddSingleton<ArchiveHealth>();
        builder.Services.AddHostedService<ArchiveStartup>();
        ReadKeyRingAfterStartup(builder.Services);
        builder.Services.AddProblemDetails();
        return builder;
    }

    /// <summary>ASP.NET Core reads the data-protection key ring when the host starts, in the order hosted services were
    /// added (the first AddDataProtection call, well before this). On PostgreSQL the keys live in the store, whose tables
    /// <see cref="ArchiveStartup"/> creates on a fresh database: read before, the key ring's table is missing and an
    /// error is logged. Its reader is moved after the start-up.</summary>
    private static void ReadKeyRingAfterStartup(IServiceCollection services)
    {
        var keyRing = services.FirstOrDefault(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "DataProtectionHostedService");
        if (keyRing is null) return;
        services.Remove(keyRing);
        services.Add(keyRing);
    }

    public static WebApplication UseArchivePipeline(this WebApplication app)
    {
        // Error handling and status code pages are in UseArchiveSecurity, first in the pipeline.
        app.UseNulFreeForms();
        app.UseStaticFiles();
        app.UseSerilogRequestLogging();
        app.UseCanonicalDocumentIds();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }
}
