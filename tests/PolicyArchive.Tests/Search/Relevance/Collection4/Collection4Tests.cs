namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>The fourth collection is data other tests measure search against; this checks what is particular to it (JudgedCollectionTests checks what every collection must hold).</summary>
public sealed class Collection4Tests
{
    [Fact]
    public void A_mixed_text_becomes_one_passage_per_marked_paragraph()
    {
        // A French commentary quoting the Chinese text of Taiwan's rule is French.
        var doc = JudgedCollection.Fourth.Document("c4-007");
        Assert.Equal(["fr", "zh", "fr", "zh", "fr"], doc.Passages.Select(p => p.Language));
        Assert.Equal("fr", doc.Language);
        var chinese = doc.PassageText(1);
        Assert.StartsWith("为确保关键技术根留台湾", chinese);
        Assert.EndsWith("应事先向主管机关申请许可。", chinese);

        // An English report quoting Japanese is English; a Chinese article quoting English is Chinese.
        var japanese = JudgedCollection.Fourth.Document("c4-034");
        Assert.Equal(["en", "ja", "en", "ja", "en"], japanese.Passages.Select(p => p.Language));
        Assert.Equal("en", japanese.Language);
        var quoting = JudgedCollection.Fourth.Document("c4-040");
        Assert.Equal("zh", quoting.Language);
        Assert.Equal(["zh", "en", "zh", "en", "zh"], quoting.Passages.Select(p => p.Language));
    }
}
