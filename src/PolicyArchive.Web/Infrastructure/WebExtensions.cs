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
        builder.Services.AddProblemDetails();
        return builder;
    }

    public static WebApplication UseArchivePipeline(this WebApplication app)
    {
        // Error handling and status code pages are in UseArchiveSecurity, first in the pipeline.
        app.UseStaticFiles();
        app.UseSerilogRequestLogging();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }
}
