using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Documents.CompiledModel;

namespace PolicyArchive.Web.Infrastructure;

public static class StoreExtensions
{
    /// <summary>The EF Core store: a SQLite file in the data directory unless ConnectionStrings:Archive says otherwise.</summary>
    public static IHostApplicationBuilder AddArchiveStore(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<ArchiveOptions>(builder.Configuration.GetSection(ArchiveOptions.Section));
        builder.Services.AddSingleton<ArchivePaths>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddDbContext<ArchiveDbContext>((services, options) =>
        {
            var configured = builder.Configuration.GetConnectionString("Archive");
            var paths = services.GetRequiredService<ArchivePaths>();
            options.UseSqlite(configured ?? $"Data Source={paths.DatabaseFile}", o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                .UseModel(ArchiveDbContextModel.Instance);
        });
        return builder;
    }
}
