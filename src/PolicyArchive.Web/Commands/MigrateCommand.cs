using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Web.Nodes;

namespace PolicyArchive.Web.Commands;

/// <summary>`migrate`: applies the store's pending migrations and exits, without serving or ingesting anything; on PostgreSQL
/// under the same lock as a starting node, so it can run while nodes start. Upgrades run it once before the nodes.</summary>
public static class MigrateCommand
{
    public static async Task<int> RunAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        await using (await scope.ServiceProvider.GetRequiredService<IStartupLock>().AcquireAsync(CancellationToken.None))
        {
            var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
            await db.Database.MigrateAsync();
            Console.WriteLine(pending.Count == 0
                ? $"The store ({db.Database.ProviderName}) is up to date."
                : $"Applied {pending.Count} migration(s) to the store ({db.Database.ProviderName}): {string.Join(", ", pending)}");
        }
        return 0;
    }
}
