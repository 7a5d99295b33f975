using Microsoft.AspNetCore.OutputCaching;
using PolicyArchive.Core.Search;

namespace PolicyArchive.Web.Readers;

/// <summary>Output caching for what anonymous readers see. Every write to the archive ends in an index commit, so the
/// cached pages are dropped there: a reader never sees a page older than the last change.</summary>
public static class ReaderCache
{
    public const string Policy = "reader";
    public const string Tag = "archive";

    public static void Configure(OutputCacheOptions o) =>
        o.AddPolicy(Policy, b => b
            .Expire(TimeSpan.FromMinutes(10))
            .SetVaryByHeader("Accept-Language", "Accept")
            .SetVaryByQuery("*")
            .VaryByValue(http => new KeyValuePair<string, string>("culture", System.Globalization.CultureInfo.CurrentUICulture.Name))
            .Tag(Tag));
}

/// <summary>Subscribes to <see cref="ArchiveIndex.Committed"/> and evicts the readers' cache tag.</summary>
public sealed class ReaderCacheInvalidator(ArchiveIndex index, IOutputCacheStore store, ILogger<ReaderCacheInvalidator> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        index.Committed += Evict;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        index.Committed -= Evict;
        return Task.CompletedTask;
    }

    private void Evict()
    {
        // The commit is synchronous and must not wait on the cache; the in-memory store evicts at once anyway.
        var pending = store.EvictByTagAsync(ReaderCache.Tag, CancellationToken.None);
        if (!pending.IsCompletedSuccessfully)
            _ = pending.AsTask().ContinueWith(t => logger.LogWarning(t.Exception, "Could not evict the readers' cache"), TaskContinuationOptions.OnlyOnFaulted);
    }
}
