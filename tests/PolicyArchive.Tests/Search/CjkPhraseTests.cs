namespace PolicyArchive.Tests.Search;

/// <summary>A Chinese or Japanese word is indexed as its overlapping bigrams: it is found where they stand side by side,
/// not where the same bigrams stand apart in other words.</summary>
public sealed class CjkPhraseTests : IDisposable
{
    private readonly TestIndex _index = new([
        TestDocs.Make("dc", "数据中心的用电", "新建的数据中心用电量很大。", "zh"),
        // 数据, 据中 (in 据中方) and 中心 all occur, apart: not the word 数据中心.
        TestDocs.Make("apart", "报道", "数据，据中方说，市中心的交通很好。", "zh"),
    ]);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_chinese_word_is_found_where_its_characters_stand_together_only(bool expand)
    {
        var ids = _index.Search.Search(new Core.Search.SearchRequest("数据中心", 1, 10, ExpandThesaurus: expand)).Hits.Select(h => h.PublicId).ToList();
        Assert.Contains("dc", ids);
        Assert.DoesNotContain("apart", ids);
    }

    public void Dispose() => _index.Dispose();
}
