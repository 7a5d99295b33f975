using Lucene.Net.Index;
using Lucene.Net.Store;

using PolicyArchive.Core.Search;
using PolicyArchive.Core.Search.Snippets;

namespace PolicyArchive.Tests.Search;

public sealed class ArchiveIndexSchemaTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "pa-schema-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void An_index_committed_by_this_version_keeps_its_schema_and_cursor_across_restarts()
    {
        using (var index = new ArchiveIndex(_path))
        {
            Assert.False(index.HasCurrentSchema);
            Assert.NotNull(index.RebuildReason);
            index.Upsert([TestDocs.Make("a1", "Titre", "Texte", "fr")]);
            index.Commit(42);
            index.Commit();
        }
        using var reopened = new ArchiveIndex(_path);
        Assert.True(reopened.HasCurrentSchema);
        Assert.Equal(42, reopened.Cursor);
        Assert.Null(reopened.RebuildReason);
        Assert.Equal(1, reopened.DocumentCount);
    }

    [Fact]
    public void An_index_written_before_the_change_log_is_reported_for_rebuild()
    {
        // The layout before generations: index files straight in the folder, a time watermark and no cursor.
        using (var dir = FSDirectory.Open(_path))
        using (var writer = new IndexWriter(dir, new IndexWriterConfig(ArchiveAnalyzer.Version, new Lucene.Net.Analysis.Core.WhitespaceAnalyzer(ArchiveAnalyzer.Version))))
        {
            writer.SetCommitData(new Dictionary<string, string> { ["store_watermark_ticks"] = "638822160000000000", [ArchiveIndex.SchemaKey] = ArchiveIndex.SchemaVersion });
            writer.Commit();
        }
        using var index = new ArchiveIndex(_path);
        Assert.Null(index.Cursor);
        Assert.NotNull(index.RebuildReason);
    }

    [Fact]
    public void A_truncated_index_file_opens_as_one_to_rebuild_and_searches_answer_empty_without_throwing()
    {
        using (var index = new ArchiveIndex(_path))
        {
            index.Upsert([TestDocs.Make("a1", "Titre", "Texte sur les puces", "fr"), TestDocs.Make("a2", "Autre", "Encore des puces", "fr")]);
            index.Commit(7);
        }
        var generation = System.IO.Directory.GetDirectories(_path).Single();
        var biggest = new DirectoryInfo(generation).GetFiles().Where(f => !f.Name.StartsWith("segments", StringComparison.Ordinal))
            .OrderByDescending(f => f.Length).First();
        using (var f = new FileStream(biggest.FullName, FileMode.Open)) f.SetLength(f.Length / 2);

        using var reopened = new ArchiveIndex(_path);
        Assert.NotNull(reopened.RebuildReason);
        var results = new SearchService(reopened, new InMemoryDocumentBodies([])).Search(new SearchRequest("puces", 1, 10));
        Assert.Equal(0, results.Total);
    }

    public void Dispose()
    {
        try { System.IO.Directory.Delete(_path, recursive: true); } catch (IOException) { }
    }
}
