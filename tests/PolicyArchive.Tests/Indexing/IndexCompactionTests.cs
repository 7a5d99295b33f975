using PolicyArchive.Core.Search;
using PolicyArchive.Tests.Support;

namespace PolicyArchive.Tests.Indexing;

/// <summary>After a bulk import the index is merged into a few segments (real SQLite file, real on-disk index): searches
/// find the same documents, the indexer's place in the change log is kept, and later writes go on as before.</summary>
public sealed class IndexCompactionTests : IAsyncLifetime
{
    private TempArchive _archive = null!;

    public async Task InitializeAsync() => _archive = await TempArchive.CreateAsync();

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    [Fact]
    public async Task Compacting_keeps_every_document_and_the_cursor_and_leaves_at_most_the_compact_segment_count()
    {
        string[] words = ["arvelon", "brisquet", "corvanel", "dulmaret", "esquivor", "falmiron"];
        foreach (var w in words) await _archive.AddAsync($"Note {w}", $"Une note sur les puces {w}.");
        Assert.True(Segments() > IndexWrites.CompactSegments, $"each indexed batch should have left its own segment, found {Segments()}");
        var cursor = _archive.Index.Cursor;

        _archive.Indexer.Compact();

        Assert.True(Segments() <= IndexWrites.CompactSegments, $"{Segments()} segments after compacting");
        Assert.Equal(cursor, _archive.Index.Cursor);
        foreach (var w in words) Assert.Single(Find(w));
        Assert.Equal(words.Length, Find("puces").Count);

        var later = await _archive.AddAsync("Note gorvalin", "Une note gorvalin.");
        Assert.Equal([later.PublicId], Find("gorvalin"));
    }

    private int Segments()
    {
        using var lease = _archive.Index.Acquire();
        return lease.Searcher.IndexReader.Leaves.Count;
    }

    private List<string> Find(string query) =>
        _archive.Search().Search(new SearchRequest(query, 1, 20)).Hits.Select(h => h.PublicId).ToList();
}
