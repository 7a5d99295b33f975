using PolicyArchive.Tests.Search.Relevance;

namespace PolicyArchive.Tests.Search;

/// <summary>The test corpus indexed once per test class, on disk.</summary>
public sealed class CorpusFixture : IDisposable
{
    public TestIndex Index { get; } = new(TestCorpus.All());

    public void Dispose() => Index.Dispose();
}
