namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>The third collection is data other tests measure search against; this checks the data itself.</summary>
public sealed class Collection3Tests
{
    [Fact]
    public void The_third_collection_is_well_formed() =>
        CollectionChecks.AssertWellFormed(JudgedCollection.Third.Prefix, JudgedCollection.Third.All(), JudgedCollection.Third.Judgements, JudgedCollection.Third.Kinds,
            new(Documents: 64, Queries: 110, Mixed: 5, Distractors: 12));

    [Fact]
    public void A_mixed_text_becomes_one_passage_per_marked_paragraph()
    {
        var doc = JudgedCollection.Third.All().Single(d => d.Id == "c3-058");
        Assert.Equal(["fr", "zh", "fr", "zh", "fr"], doc.Passages.Select(p => p.Language));
        Assert.Equal("fr", doc.Language);
        var chinese = doc.Body.Substring(doc.Passages[1].Start, doc.Passages[1].Length);
        Assert.StartsWith("出口经营者出口上述物项", chinese);
        Assert.EndsWith("本公告自公布之日起正式实施。", chinese);

        // An English commentary quoting Japanese is English; a Chinese article quoting English is Chinese.
        var japanese = JudgedCollection.Third.All().Single(d => d.Id == "c3-060");
        Assert.Equal(["en", "ja", "en", "ja", "en"], japanese.Passages.Select(p => p.Language));
        Assert.Equal("en", japanese.Language);
        var quoting = JudgedCollection.Third.All().Single(d => d.Id == "c3-062");
        Assert.Equal("zh", quoting.Language);
        Assert.Contains(quoting.Passages, p => p.Language == "en");
    }
}
