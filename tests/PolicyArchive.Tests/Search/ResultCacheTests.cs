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
        var search = _archive.Search(results: new ResultCache(10));

        var first = search.Search(new SearchRequest("zelvanor"));
        Assert.Same(first, search.Search(new SearchRequest("zelvanor")));
        // Another page, order or switch is another search; facets are the same search in any order.
        Assert.NotSame(first, search.Search(new SearchRequest("zelvanor", Page: 2)));
        Assert.NotSame(first, search.Search(new SearchRequest("zelvanor", Sort: SearchSort.Newest)));
        Assert.NotSame(first, search.Search(new SearchRequest("zelvanor", ExpandThesaurus: false)));
        var narrowed = search.Search(new SearchRequest("zelvanor", Facets: Facets(IndexFields.Language, "fr", "en")));
        Assert.Same(narrowed, search.Search(new SearchRequest("zelvanor", Facets: Facets(IndexFields.Language, "en", "fr"))));

        await using (var db = _archive.Store())
        {
            var version = await db.Documents.Where(x => x.PublicId == d.PublicId).Select(x => x.ConcurrencyVersion).SingleAsync();
            await _archive.Editor(db).UpdateAsync(d.PublicId, version,
                new DocumentDraft("Rapport révisé", "Les puces zelvanor sont soumises à des contrôles stricts.", "fr", [], null, default, null, []), "ed", null);
        }
        await _archive.IndexAsync();

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
    public async Task A_full_cache_forgets_rather_than_grows()
    {
        await _archive.AddAsync("Rapport", "Les puces zelvanor et les fonderies sont soumises à des contrôles stricts.");
        var search = _archive.Search(results: new ResultCache(2));
        var first = search.Search(new SearchRequest("zelvanor"));
        search.Search(new SearchRequest("fonderies"));
        search.Search(new SearchRequest("contrôles"));
        Assert.NotSame(first, search.Search(new SearchRequest("zelvanor")));
        Assert.Single(search.Search(new SearchRequest("zelvanor")).Hits);
    }

    private static Dictionary<string, IReadOnlyList<string>> Facets(string field, params string[] values) => new() { [field] = values };
}
