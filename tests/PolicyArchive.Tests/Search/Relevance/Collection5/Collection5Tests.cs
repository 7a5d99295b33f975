namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>The fifth collection is data other tests measure search against; this checks what is particular to it (JudgedCollectionTests checks what every collection must hold).</summary>
public sealed class Collection5Tests
{
    [Fact]
    public void A_mixed_text_becomes_one_passage_per_marked_paragraph()
    {
        // A French commentary quoting the Chinese text of China's facial recognition measures is French.
        var doc = JudgedCollection.Fifth.Document("c5-053");
        Assert.Equal(["fr", "zh", "fr", "zh", "fr"], doc.Passages.Select(p => p.Language));
        Assert.Equal("fr", doc.Language);
        var chinese = doc.PassageText(1);
        Assert.StartsWith("实现相同目的或者达到同等业务要求", chinese);
        Assert.EndsWith("应当提供其他合理、便捷的方式。", chinese);

        // An English report quoting Japanese is English; a Chinese article quoting English is Chinese.
        var japanese = JudgedCollection.Fifth.Document("c5-055");
        Assert.Equal(["en", "ja", "en", "ja", "en"], japanese.Passages.Select(p => p.Language));
        Assert.Equal("en", japanese.Language);
        var quoting = JudgedCollection.Fifth.Document("c5-056");
        Assert.Equal("zh", quoting.Language);
        Assert.Equal(["zh", "en", "zh", "en", "zh"], quoting.Passages.Select(p => p.Language));
    }
}
