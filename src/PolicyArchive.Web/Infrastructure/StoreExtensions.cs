using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Documents.CompiledModel;
using PolicyArchive.Migrations.PostgreSQL;
using PolicyArchive.Web.Nodes;

namespace PolicyArchive.Web.Infrastructure;

public static class StoreExtensions
{
    /// <summary>The EF Core store: a SQLite file in the data directory (the default), or PostgreSQL when Archive:Store says so,
    /// with ConnectionStrings:Archive. Same model and LINQ on both; each provider has its own migrations.</summary>
    public static IHostApplicationBuilder AddArchiveStore(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<ArchiveOptions>(builder.Configuration.GetSection(ArchiveOptions.Section));
        builder.Services.AddSingleton<ArchivePaths>();
        builder.Services.AddSingleton(TimeProvider.System);
        var store = ArchiveStores.Parse(builder.Configuration[ArchiveOptions.Section + ":Store"]);
        var configured = builder.Configuration.GetConnectionString("Archive");
        if (store == ArchiveStore.PostgreSQL)
        {
            if (string.IsNullOrWhiteSpace(configured))
                throw new InvalidOperationException("Archive:Store is PostgreSQL but ConnectionStrings:Archive is not set.");
            // DateTime columns as "timestamp" (no time zone), read back with the same Kind as on SQLite.
            AppContext.SetSwitch("Npgsql.EnableLegacyTimestampBehavior", true);
            // No compiled model: it is provider-specific and the one in Core is SQLite's; PostgreSQL builds its model at start.
            builder.Services.AddDbContext<ArchiveDbContext>(options => options.UseNpgsql(configured, o => o
                .MigrationsAssembly(PostgresStore.MigrationsAssembly)
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)));
            builder.AddArchiveNodes(configured);
            // Keys that protect cookies and antiforgery tokens live in the store: a login on one node is valid on all of them.
            // (SQLite keeps ASP.NET Core's default, a folder outside the data directory: one process, and a full disk
            // there must not stop the login page.)
            builder.Services.AddDataProtection().SetApplicationName("PolicyArchive").PersistKeysToDbContext<ArchiveDbContext>();
        }
        else
        {
            builder.Services.AddDbContext<ArchiveDbContext>((services, options) =>
            {
                var paths = services.GetRequiredService<ArchivePaths>();
                options.UseSqlite(configured ?? $"Data Source={paths.DatabaseFile}", o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                    .UseModel(ArchiveDbContextModel.Instance);
            });
            builder.Services.AddSingleton<IStartupLock, NoStartupLock>();
        }
        builder.Services.AddSingleton(s => ActivatorUtilities.CreateInstance<NodeHealth>(s, store == ArchiveStore.PostgreSQL));
        return builder;
    }
}
