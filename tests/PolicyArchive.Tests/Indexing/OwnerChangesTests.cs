using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Indexing;
using PolicyArchive.Core.Search;
using PolicyArchive.Core.Search.Expansion;
using PolicyArchive.Core.Store;
using PolicyArchive.Core.Thesaurus;
using PolicyArchive.Tests.Support;

namespace PolicyArchive.Tests.Indexing;

/// <summary>A process that does not own the index (the app started while an import held it) reads the owner's commits
/// and is told what kinds of change they took in, as if its own indexer had: a concept the other process added widens
/// this process's searches. Real SQLite file, one on-disk index folder, two indexers.</summary>
public sealed class OwnerChangesTests : IAsyncLifetime
{
    private TempArchive _owner = null!;

    public async Task InitializeAsync() => _owner = await TempArchive.CreateAsync();

    public async Task DisposeAsync() => await _owner.DisposeAsync();

    [Fact]
    public async Task A_concept_the_owning_process_took_in_is_reloaded_by_the_process_that_follows_it()
    {
        await _owner.AddAsync("Rapport", "La fonderie de Dresde produit des puces.");
        using var followerIndex = new ArchiveIndex(_owner.Index.Root);
        var followerChanges = new ArchiveChanges();
        var follower = new ArchiveIndexer(followerIndex, followerChanges, _owner.Scopes, Options.Create(new IndexerOptions()), TimeProvider.System,
            NullLogger<ArchiveIndexer>.Instance);
        var followerThesaurus = new ThesaurusCache(followerIndex);
        // What the app's ReaderCacheInvalidator does with the signal.
        var kinds = new List<string>();
        followerChanges.Changed += change =>
        {
            kinds.AddRange(change.Kinds);
            if (change.Kinds.Any(ChangeKinds.IsThesaurus))
            {
                using var scope = _owner.Scopes.CreateScope();
                followerThesaurus.ReloadAsync(scope.ServiceProvider.GetRequiredService<ArchiveDbContext>()).GetAwaiter().GetResult();
            }
        };
        await follower.StepAsync();
        Assert.False(followerIndex.IsOwner);
        var search = new SearchService(followerIndex, new StoreDocumentBodies(_owner.Scopes), followerThesaurus);
        Assert.Empty(search.Search(new SearchRequest("kwarzite")).Hits);

        await using (var db = _owner.Store())
            await new ThesaurusEditor(db, new ThesaurusCache(_owner.Index), _owner.Index, TimeProvider.System)
                .CreateAsync(new ThesaurusDraft("Fonderie", null, null, "fr: fonderie\nen: kwarzite"), "ed");
        await _owner.IndexAsync();
        await follower.StepAsync();

        Assert.Contains(ChangeKinds.ThesaurusCreate, kinds);
        Assert.Equal(_owner.Index.Cursor, followerIndex.Cursor);
        Assert.Single(search.Search(new SearchRequest("kwarzite")).Hits);
    }
}
