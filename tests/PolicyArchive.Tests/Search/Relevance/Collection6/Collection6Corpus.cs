using PolicyArchive.Core.Documents;

namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>Reads the sixth relevance collection (Collection6/documents/c6-NNN.txt, copied to the test output), written
/// in the second collection's format and read by its parser. It was written after the fifth, without looking at search,
/// to measure how search does on documents nobody fitted it to; see README.md.</summary>
public static class Collection6Corpus
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Search", "Relevance", "Collection6");

    private static readonly Lazy<IReadOnlyList<Collection2Document>> s_all = new(() =>
        Collection2Corpus.Load(Path.Combine(Folder, "documents"), "c6-"));

    public static IReadOnlyList<Collection2Document> All() => s_all.Value;

    public static IReadOnlyList<Document> Documents() => All().Select(d => d.ToDocument()).ToList();
}
