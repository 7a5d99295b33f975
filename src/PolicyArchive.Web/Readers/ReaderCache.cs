using Microsoft.AspNetCore.OutputCaching;
using PolicyArchive.Core.Indexing;
using PolicyArchive.Core.Search.Expansion;
using PolicyArchive.Core.Store;

namespace PolicyArchive.Web.Readers;

/// <summary>Output caching for what anonymous readers see. Every write to the archive ends in a change-log entry the
/// indexer takes in; its "archive changed" signal drops the cached pages: a reader never sees a page older than the last change.</summary>
public static class ReaderCache
{
    public const string Policy = "reader";
    public const string Tag = "archive";

    public static void Configure(OutputCacheOptions o)
    {
        // The key keeps the path's letter case: the framework's default upper-cases it, and the app's routes tell case
        // apart (a tag slug in capitals is not found, a public id or a document's slug in capitals redirects to the canonical one), so
        // one URL answered with another's cached page, or not, depending on which was asked first.
        o.UseCaseSensitivePaths = true;
        o.AddPolicy(Policy, b => b
            .Expire(TimeSpan.FromMinutes(10))
            .SetVaryByHeader("Accept-Language", "Accept")
            .SetVaryByQuery("*")
            .VaryByValue(http => new KeyValuePair<string, string>("culture", System.Globalization.CultureInfo.CurrentUICulture.Name))
            // "Reuters%2FAFP" and "Reuters%252FAFP" are one path to the server, and two names to the browse pages.
            .VaryByValue(http => new KeyValuePair<string, string>("sent-path", Infrastructure.SentPaths.KeyOf(http.Request)))
            .Tag(Tag));
    }
}

/// <summary>Follows the "archive changed" signal of the indexer: evicts the readers' cache tag (pages and feeds), and reloads
/// the thesaurus when another process changed it (this process's editor reloads it at once).</summary>
public sealed class ReaderCacheInvalidator(ArchiveChanges changes, IOutputCacheStore store, IServiceScopeFactory scopes, ThesaurusCache thesaurus,
    ILogger<ReaderCacheInvalidator> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        changes.Changed += OnChanged;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        changes.Changed -= OnChanged;
        return Task.CompletedTask;
    }

    private void OnChanged(ArchiveChanged change)
    {
        // Raised on the indexer's thread, which must not wait on the cache; the in-memory store evicts at once anyway.
        var pending = store.EvictByTagAsync(ReaderCache.Tag, CancellationToken.None);
        if (!pending.IsCompletedSuccessfully)
            _ = pending.AsTask().ContinueWith(t => logger.LogWarning(t.Exception, "Could not evict the readers' cache"), TaskContinuationOptions.OnlyOnFaulted);
        if (change.Kinds.Any(ChangeKinds.IsThesaurus)) _ = ReloadThesaurusAsync();
    }

    private async Task ReloadThesaurusAsync()
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await thesaurus.ReloadAsync(scope.ServiceProvider.GetRequiredService<PolicyArchive.Core.Documents.ArchiveDbContext>());
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not reload the thesaurus after a change");
        }
    }
}
