using PolicyArchive.Core.Documents;

namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>Reads the seventh relevance collection (Collection7/documents/c7-NNN.txt, copied to the test output), written
/// in the second collection's format and read by its parser. It was written after the sixth, without looking at search,
/// to measure how search does on documents nobody fitted it to; see README.md.</summary>
public static class Collection7Corpus
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Search", "Relevance", "Collection7");

    private static readonly Lazy<IReadOnlyList<Collection2Document>> s_all = new(() =>
        Collection2Corpus.Load(Path.Combine(Folder, "documents"), "c7-"));

    public static IReadOnlyList<Collection2Document> All() => s_all.Value;

    public static IReadOnlyList<Document> Documents() => All().Select(d => d.ToDocument()).ToList();
}
