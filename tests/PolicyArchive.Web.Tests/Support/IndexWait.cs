using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Indexing;

namespace PolicyArchive.Web.Tests.Support;

/// <summary>Waits until the app's indexer has taken in every change the store's log holds: what a save through a page does.</summary>
public static class IndexWait
{
    public static async Task ForStoreAsync(IServiceProvider services)
    {
        long latest;
        using (var scope = services.CreateScope())
            latest = await scope.ServiceProvider.GetRequiredService<ArchiveDbContext>().ChangeLog.MaxAsync(e => (long?)e.Sequence) ?? 0;
        Assert.True(await services.GetRequiredService<ArchiveChanges>().WaitUntilSearchableAsync(latest, TimeSpan.FromSeconds(30)),
            $"The index did not reach change {latest} within 30 s.");
    }
}
