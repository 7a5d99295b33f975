namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>The fifth collection is data other tests measure search against; this checks the data itself.</summary>
public sealed class Collection5Tests
{
    [Fact]
    public void The_fifth_collection_is_well_formed() =>
        CollectionChecks.AssertWellFormed(JudgedCollection.Fifth.Prefix, JudgedCollection.Fifth.All(), JudgedCollection.Fifth.Judgements, JudgedCollection.Fifth.Kinds,
            new(Documents: 69, Queries: 142, Mixed: 5, Distractors: 12));

    [Fact]
    public void A_mixed_text_becomes_one_passage_per_marked_paragraph()
    {
        // A French commentary quoting the Chinese text of China's facial recognition measures is French.
        var doc = JudgedCollection.Fifth.All().Single(d => d.Id == "c5-053");
        Assert.Equal(["fr", "zh", "fr", "zh", "fr"], doc.Passages.Select(p => p.Language));
        Assert.Equal("fr", doc.Language);
        var chinese = doc.Body.Substring(doc.Passages[1].Start, doc.Passages[1].Length);
        Assert.StartsWith("实现相同目的或者达到同等业务要求", chinese);
        Assert.EndsWith("应当提供其他合理、便捷的方式。", chinese);

        // An English report quoting Japanese is English; a Chinese article quoting English is Chinese.
        var japanese = JudgedCollection.Fifth.All().Single(d => d.Id == "c5-055");
        Assert.Equal(["en", "ja", "en", "ja", "en"], japanese.Passages.Select(p => p.Language));
        Assert.Equal("en", japanese.Language);
        var quoting = JudgedCollection.Fifth.All().Single(d => d.Id == "c5-056");
        Assert.Equal("zh", quoting.Language);
        Assert.Equal(["zh", "en", "zh", "en", "zh"], quoting.Passages.Select(p => p.Language));
    }
}
