using Microsoft.EntityFrameworkCore;

using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Editorial;
using PolicyArchive.Core.Search;
using PolicyArchive.Core.Search.Expansion;
using PolicyArchive.Core.Thesaurus;
using PolicyArchive.Tests.Support;

namespace PolicyArchive.Tests.Search;

/// <summary>Searches asked again are answered from memory only while nothing they depend on has changed: the index (which
/// follows the store), the thesaurus, the texts. Real SQLite file, real on-disk index, the app's indexer and editors.</summary>
public sealed class ResultCacheTests : IAsyncLifetime
{
    private TempArchive _archive = null!;

    public async Task InitializeAsync() => _archive = await TempArchive.CreateAsync();

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    [Fact]
    public async Task The_same_search_is_remembered_until_the_index_takes_in_an_edit()
    {
        var d = await _archive.AddAsync("Rapport sur les puces", "Les puces zelvanor sont soumises à des contrôles stricts.");
        var cache = new ResultCache(10);
        var search = _archive.Search(results: cache);

        var first = search.Search(new SearchRequest("zelvanor"));
        Assert.Same(first, search.Search(new SearchRequest("zelvanor")));
        // Another page, order or switch is another search; facets are the same search in any order.
        Assert.NotSame(first, search.Search(new SearchRequest("zelvanor", Page: 2)));
        Assert.NotSame(first, search.Search(new SearchRequest("zelvanor", Sort: SearchSort.Newest)));
        Assert.NotSame(first, search.Search(new SearchRequest("zelvanor", ExpandThesaurus: false)));
        // Facet fields in any order are the same search; a page and size are the same as the search clamps them.
        var narrowed = search.Search(new SearchRequest("zelvanor", Facets: new Dictionary<string, IReadOnlyList<string>>
            { [IndexFields.Language] = ["fr"], [IndexFields.Year] = ["2025"] }));
        Assert.Same(narrowed, search.Search(new SearchRequest("zelvanor", Facets: new Dictionary<string, IReadOnlyList<string>>
            { [IndexFields.Year] = ["2025"], [IndexFields.Language] = ["fr"] })));
        Assert.Same(search.Search(new SearchRequest("zelvanor", PageSize: 100)), search.Search(new SearchRequest("zelvanor", PageSize: 5_000)));
        var past = search.Search(new SearchRequest("zelvanor", Page: 501));
        Assert.Same(past, search.Search(new SearchRequest("zelvanor", Page: 9_999)));
        Assert.NotSame(past, search.Search(new SearchRequest("zelvanor", Page: SearchRequest.MaxPage)));

        await using (var db = _archive.Store())
        {
            var version = await db.Documents.Where(x => x.PublicId == d.PublicId).Select(x => x.ConcurrencyVersion).SingleAsync();
            await _archive.Editor(db).UpdateAsync(d.PublicId, version,
                new DocumentDraft("Rapport révisé", "Les puces zelvanor sont soumises à des contrôles stricts.", "fr", [], null, default, null, []), "ed", null);
        }
        await _archive.IndexAsync();

        // The replaced reader closed (no search held it): what was remembered for it is gone before anyone searches again.
        Assert.Equal(0, cache.Count);
        var after = search.Search(new SearchRequest("zelvanor"));
        Assert.Equal("Rapport révisé", Assert.Single(after.Hits).Title);
    }

    [Fact]
    public async Task A_concept_an_editor_adds_widens_the_next_search()
    {
        await _archive.AddAsync("Rapport", "La fonderie de Dresde produit des puces.");
        var thesaurus = new ThesaurusCache(_archive.Index);
        var search = _archive.Search(thesaurus, new ResultCache(10));
        Assert.Empty(search.Search(new SearchRequest("kwarzite")).Hits);

        await using (var db = _archive.Store())
            await new ThesaurusEditor(db, thesaurus, _archive.Index, TimeProvider.System)
                .CreateAsync(new ThesaurusDraft("Fonderie", null, null, "fr: fonderie\nen: kwarzite"), "ed");

        Assert.Single(search.Search(new SearchRequest("kwarzite")).Hits);
    }

    [Fact]
    public async Task Results_missing_their_texts_are_not_remembered()
    {
        await _archive.AddAsync("Rapport", "Les puces zelvanor sont soumises à des contrôles stricts.");
        var search = _archive.Search(results: new ResultCache(10));
        await using (var db = _archive.Store())
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"Documents\" RENAME TO \"DocumentsAway\"");
        Assert.Contains(SearchService.StoreUnavailableNotice, search.Search(new SearchRequest("zelvanor")).Notices);

        await using (var db = _archive.Store())
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"DocumentsAway\" RENAME TO \"Documents\"");
        var again = search.Search(new SearchRequest("zelvanor"));
        Assert.DoesNotContain(SearchService.StoreUnavailableNotice, again.Notices);
        Assert.Contains("contrôles stricts", string.Concat(Assert.Single(again.Hits).Snippet.Select(s => s.Text)));
    }

    [Fact]
    public async Task Turned_off_every_search_is_ranked_again()
    {
        await _archive.AddAsync("Rapport", "Les puces zelvanor sont soumises à des contrôles stricts.");
        var search = _archive.Search(results: new ResultCache(0));
        Assert.NotSame(search.Search(new SearchRequest("zelvanor")), search.Search(new SearchRequest("zelvanor")));
    }

    [Fact]
    public async Task Its_size_is_counted_in_hits_and_a_full_cache_forgets_rather_than_grows()
    {
        await _archive.AddAsync("Rapport", "Les puces zelvanor et les fonderies sont soumises à des contrôles stricts.");
        await _archive.AddAsync("Note", "Les puces zelvanor encore.");
        await _archive.AddAsync("Brève", "Zelvanor, toujours.");
        var search = _archive.Search(results: new ResultCache(4));
        var three = search.Search(new SearchRequest("zelvanor"));
        Assert.Equal(3, three.Hits.Count);
        var one = search.Search(new SearchRequest("fonderies"));
        Assert.Same(three, search.Search(new SearchRequest("zelvanor")));
        Assert.Same(one, search.Search(new SearchRequest("fonderies")));

        // Four hits remembered; one more is over the size, so everything is forgotten and the newcomer kept.
        search.Search(new SearchRequest("brève"));
        Assert.NotSame(three, search.Search(new SearchRequest("zelvanor")));
        Assert.Equal(3, search.Search(new SearchRequest("zelvanor")).Hits.Count);
    }
}
