using Lucene.Net.Index;
using Lucene.Net.Store;

using PolicyArchive.Core.Search;

namespace PolicyArchive.Tests.Search;

public sealed class ArchiveIndexSchemaTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "pa-schema-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void An_index_committed_by_this_version_keeps_its_schema_and_watermark_across_restarts()
    {
        var watermark = new DateTime(2025, 5, 9, 0, 0, 0, DateTimeKind.Utc);
        using (var index = new ArchiveIndex(_path))
        {
            Assert.False(index.HasCurrentSchema);
            index.Upsert([TestDocs.Make("a1", "Titre", "Texte", "fr")]);
            index.Commit(watermark);
            index.Commit();
        }
        using var reopened = new ArchiveIndex(_path);
        Assert.True(reopened.HasCurrentSchema);
        Assert.Equal(watermark, reopened.Watermark);
    }

    [Fact]
    public void An_index_written_with_another_layout_is_reported_for_rebuild()
    {
        var written = new DateTime(2025, 5, 9, 12, 0, 0, DateTimeKind.Utc);
        using (var dir = FSDirectory.Open(_path))
        using (var writer = new IndexWriter(dir, new IndexWriterConfig(ArchiveAnalyzer.Version, new Lucene.Net.Analysis.Core.WhitespaceAnalyzer(ArchiveAnalyzer.Version))))
        {
            writer.SetCommitData(new Dictionary<string, string> { [ArchiveIndex.WatermarkKey] = written.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            writer.Commit();
        }
        using var index = new ArchiveIndex(_path);
        Assert.Equal(written, index.Watermark);
        Assert.False(index.HasCurrentSchema);
    }

    public void Dispose()
    {
        try { System.IO.Directory.Delete(_path, recursive: true); } catch (IOException) { }
    }
}
