using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Editorial;
using PolicyArchive.Core.Search;
using PolicyArchive.Tests.Support;

namespace PolicyArchive.Tests.Search;

/// <summary>A hit's extract is cut from the body the store holds (real SQLite file, real on-disk index): the index keeps
/// none, and an edit it has not taken in yet is marked where its words now are.</summary>
public sealed class StoreBodySnippetTests : IAsyncLifetime
{
    private TempArchive _archive = null!;

    public async Task InitializeAsync() => _archive = await TempArchive.CreateAsync();

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    [Fact]
    public async Task The_extract_comes_from_the_store_and_the_index_keeps_no_copy_of_the_body()
    {
        var d = await _archive.AddAsync("Rapport", "Les puces zelvanor sont soumises à des contrôles stricts depuis octobre.");

        var hit = Assert.Single(_archive.Search().Search(new SearchRequest("zelvanor")).Hits);
        Assert.Equal(d.PublicId, hit.PublicId);
        Assert.Contains("soumises à des contrôles", Text(hit));
        Assert.Equal(["zelvanor"], Marked(hit));

        using var lease = _archive.Index.Acquire();
        var stored = lease.Searcher.Doc(0);
        Assert.DoesNotContain(stored.Fields, f => f.GetStringValue() is { } v && v.Contains("zelvanor", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_body_edited_since_it_was_indexed_is_shown_as_edited_with_its_words_marked_where_they_now_are()
    {
        var d = await _archive.AddAsync("Rapport", "Les puces zelvanor sont soumises à des contrôles stricts.");
        await using (var db = _archive.Store())
        {
            var version = await db.Documents.Where(x => x.PublicId == d.PublicId).Select(x => x.ConcurrencyVersion).SingleAsync();
            await _archive.Editor(db).UpdateAsync(d.PublicId, version,
                new DocumentDraft("Rapport", "Un long préambule ajouté par l'éditeur déplace la suite. Les puces zelvanor sont soumises à des contrôles stricts.",
                    "fr", [], null, default, null, []), "ed", null);
        }

        // The indexer has not followed: the index still holds the first body's word offsets.
        var hit = Assert.Single(_archive.Search().Search(new SearchRequest("zelvanor")).Hits);
        Assert.Contains("préambule", Text(hit));
        Assert.Equal(["zelvanor"], Marked(hit));
    }

    [Fact]
    public async Task A_store_that_cannot_be_read_costs_the_extracts_not_the_search()
    {
        var d = await _archive.AddAsync("Rapport", "Les puces zelvanor sont soumises à des contrôles stricts.");
        await using (var db = _archive.Store())
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"Documents\" RENAME TO \"DocumentsAway\"");

        var results = _archive.Search().Search(new SearchRequest("zelvanor"));
        Assert.Equal(d.PublicId, Assert.Single(results.Hits).PublicId);
        Assert.Equal("Rapport", results.Hits[0].Title);
        Assert.Empty(Text(results.Hits[0]));
        Assert.Contains(SearchService.StoreUnavailableNotice, results.Notices);
    }

    [Fact]
    public async Task A_search_without_extracts_finds_the_same_documents_and_reads_no_text_from_the_store()
    {
        var first = await _archive.AddAsync("Rapport", "Les puces zelvanor sont soumises à des contrôles stricts.");
        var second = await _archive.AddAsync("Note", "Une note brève sur zelvanor.");
        var withExtracts = _archive.Search().Search(new SearchRequest("zelvanor"));
        Assert.All(withExtracts.Hits, h => Assert.NotEmpty(Text(h)));

        // What the feed and the export ask: which documents, in which order, no extract; the store is not read for them.
        await using (var db = _archive.Store())
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"Documents\" RENAME TO \"DocumentsAway\"");
        var without = _archive.Search().Search(new SearchRequest("zelvanor") { WithSnippets = false });
        Assert.Equal(withExtracts.Hits.Select(h => h.PublicId), without.Hits.Select(h => h.PublicId));
        Assert.Equal(new[] { first.PublicId, second.PublicId }.Order(StringComparer.Ordinal), without.Hits.Select(h => h.PublicId).Order(StringComparer.Ordinal));
        Assert.All(without.Hits, h => Assert.Empty(h.Snippet));
        Assert.DoesNotContain(SearchService.StoreUnavailableNotice, without.Notices);
    }

    private static string Text(SearchHit hit) => string.Concat(hit.Snippet.Select(s => s.Text));

    private static List<string> Marked(SearchHit hit) => hit.Snippet.Where(s => s.Highlighted).Select(s => s.Text).ToList();
}
