using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Search.Snippets;

/// <summary>Where snippets and more-like-this read a hit's text. The index keeps no copy of a body: the store holds it
/// (<see cref="StoreDocumentBodies"/>), and the index keeps only the body's <see cref="BodyFingerprint"/> and its term vector.</summary>
public interface IDocumentBodies
{
    /// <summary>The current body of each document the store still holds, by public id; an id it no longer holds is absent.</summary>
    IReadOnlyDictionary<string, string> Find(IReadOnlyCollection<string> publicIds);
}

/// <summary>Bodies of documents held in memory: an index built straight from documents, with no store behind it (the
/// relevance collections, the translation benchmark).</summary>
public sealed class InMemoryDocumentBodies(IEnumerable<Document> documents) : IDocumentBodies
{
    private readonly Dictionary<string, string> _bodies = documents.ToDictionary(d => d.PublicId, d => d.Body, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Find(IReadOnlyCollection<string> publicIds) =>
        publicIds.Where(_bodies.ContainsKey).Distinct(StringComparer.Ordinal).ToDictionary(id => id, id => _bodies[id], StringComparer.Ordinal);
}
