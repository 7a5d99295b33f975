namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>The collections written after the second are data other tests measure search against; this checks what every
/// one of them must hold to measure anything (<see cref="CollectionChecks"/>), each with the counts it was written with.</summary>
public sealed class JudgedCollectionTests
{
    public static TheoryData<string> Collections => [.. JudgedCollection.Written.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Collections))]
    public void Every_collection_written_after_the_second_is_well_formed(string name)
    {
        var collection = JudgedCollection.Written.Single(c => c.Name == name);
        CollectionChecks.AssertWellFormed(collection.Prefix, collection.All(), collection.Judgements, collection.Kinds, collection.Least);
    }
}
