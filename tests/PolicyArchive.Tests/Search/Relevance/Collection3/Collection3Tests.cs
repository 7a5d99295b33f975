namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>The third collection is data other tests measure search against; this checks what is particular to it (JudgedCollectionTests checks what every collection must hold).</summary>
public sealed class Collection3Tests
{
    [Fact]
    public void A_mixed_text_becomes_one_passage_per_marked_paragraph()
    {
        var doc = JudgedCollection.Third.Document("c3-058");
        Assert.Equal(["fr", "zh", "fr", "zh", "fr"], doc.Passages.Select(p => p.Language));
        Assert.Equal("fr", doc.Language);
        var chinese = doc.PassageText(1);
        Assert.StartsWith("出口经营者出口上述物项", chinese);
        Assert.EndsWith("本公告自公布之日起正式实施。", chinese);

        // An English commentary quoting Japanese is English; a Chinese article quoting English is Chinese.
        var japanese = JudgedCollection.Third.Document("c3-060");
        Assert.Equal(["en", "ja", "en", "ja", "en"], japanese.Passages.Select(p => p.Language));
        Assert.Equal("en", japanese.Language);
        var quoting = JudgedCollection.Third.Document("c3-062");
        Assert.Equal("zh", quoting.Language);
        Assert.Contains(quoting.Passages, p => p.Language == "en");
    }
}
