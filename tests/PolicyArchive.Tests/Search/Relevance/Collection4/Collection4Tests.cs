namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>The fourth collection is data other tests measure search against; this checks the data itself.</summary>
public sealed class Collection4Tests
{
    [Fact]
    public void The_fourth_collection_is_well_formed() =>
        CollectionChecks.AssertWellFormed(JudgedCollection.Fourth.Prefix, JudgedCollection.Fourth.All(), JudgedCollection.Fourth.Judgements, JudgedCollection.Fourth.Kinds,
            new(Documents: 66, Queries: 112, Mixed: 5, Distractors: 12));

    [Fact]
    public void A_mixed_text_becomes_one_passage_per_marked_paragraph()
    {
        // A French commentary quoting the Chinese text of Taiwan's rule is French.
        var doc = JudgedCollection.Fourth.All().Single(d => d.Id == "c4-007");
        Assert.Equal(["fr", "zh", "fr", "zh", "fr"], doc.Passages.Select(p => p.Language));
        Assert.Equal("fr", doc.Language);
        var chinese = doc.Body.Substring(doc.Passages[1].Start, doc.Passages[1].Length);
        Assert.StartsWith("为确保关键技术根留台湾", chinese);
        Assert.EndsWith("应事先向主管机关申请许可。", chinese);

        // An English report quoting Japanese is English; a Chinese article quoting English is Chinese.
        var japanese = JudgedCollection.Fourth.All().Single(d => d.Id == "c4-034");
        Assert.Equal(["en", "ja", "en", "ja", "en"], japanese.Passages.Select(p => p.Language));
        Assert.Equal("en", japanese.Language);
        var quoting = JudgedCollection.Fourth.All().Single(d => d.Id == "c4-040");
        Assert.Equal("zh", quoting.Language);
        Assert.Equal(["zh", "en", "zh", "en", "zh"], quoting.Passages.Select(p => p.Language));
    }
}
