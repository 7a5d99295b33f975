using PolicyArchive.Core.Documents;

namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>Reads the fourth relevance collection (Collection4/documents/c4-NNN.txt, copied to the test output), written
/// in the second collection's format and read by its parser. It was written after search had been tuned on the second and
/// third collections, without looking at search, to measure how search does on documents nobody fitted it to; see README.md.</summary>
public static class Collection4Corpus
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Search", "Relevance", "Collection4");

    private static readonly Lazy<IReadOnlyList<Collection2Document>> s_all = new(() =>
        Collection2Corpus.Load(Path.Combine(Folder, "documents"), "c4-"));

    public static IReadOnlyList<Collection2Document> All() => s_all.Value;

    public static IReadOnlyList<Document> Documents() => All().Select(d => d.ToDocument()).ToList();
}
