using PolicyArchive.Core.Documents;

namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>Reads the fifth relevance collection (Collection5/documents/c5-NNN.txt, copied to the test output), written
/// in the second collection's format and read by its parser. It was written after search had been tuned on the second,
/// third and fourth collections, without looking at search, to measure how search does on documents nobody fitted it to;
/// see README.md.</summary>
public static class Collection5Corpus
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Search", "Relevance", "Collection5");

    private static readonly Lazy<IReadOnlyList<Collection2Document>> s_all = new(() =>
        Collection2Corpus.Load(Path.Combine(Folder, "documents"), "c5-"));

    public static IReadOnlyList<Collection2Document> All() => s_all.Value;

    public static IReadOnlyList<Document> Documents() => All().Select(d => d.ToDocument()).ToList();
}
