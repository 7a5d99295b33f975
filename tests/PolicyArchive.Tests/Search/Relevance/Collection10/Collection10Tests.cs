namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>The tenth collection is data other tests may measure search against; this checks what is particular to it (JudgedCollectionTests checks what every collection must hold).</summary>
public sealed class Collection10Tests
{
    [Fact]
    public void A_mixed_text_becomes_one_passage_per_marked_paragraph()
    {
        // A French commentary quoting the English text of a ruling is French.
        var ruling = JudgedCollection.Tenth.Document("c10-007");
        Assert.Equal(["fr", "en", "fr", "en", "fr"], ruling.Passages.Select(p => p.Language));
        Assert.Equal("fr", ruling.Language);
        var quoted = ruling.PassageText(1);
        Assert.StartsWith("This ruling does not stand", quoted);
        Assert.EndsWith("in support of the right one.", quoted);

        // French commentaries quoting Chinese and Japanese are French.
        var notice = JudgedCollection.Tenth.Document("c10-017");
        Assert.Equal(["fr", "zh", "fr", "zh", "fr"], notice.Passages.Select(p => p.Language));
        Assert.Equal("fr", notice.Language);
        var product = notice.PassageText(1);
        Assert.StartsWith("本次调查产品为原产于美国", product);
        Assert.EndsWith("栅极驱动芯片。", product);

        var note = JudgedCollection.Tenth.Document("c10-021");
        Assert.Equal(["fr", "ja", "fr", "ja", "fr"], note.Passages.Select(p => p.Language));
        Assert.Equal("fr", note.Language);
        var storage = note.PassageText(1);
        Assert.StartsWith("同社の利用規約によれば", storage);
        Assert.EndsWith("留意してください。", storage);

        // A Chinese report quoting English is Chinese; an English report quoting Japanese is English.
        var rule = JudgedCollection.Tenth.Document("c10-014");
        Assert.Equal(["zh", "en", "zh", "en", "zh"], rule.Passages.Select(p => p.Language));
        Assert.Equal("zh", rule.Language);
        Assert.StartsWith("The ERC determined that Zhipu AI", rule.PassageText(1));
        var policy = JudgedCollection.Tenth.Document("c10-033");
        Assert.Equal(["en", "ja", "en", "ja", "en"], policy.Passages.Select(p => p.Language));
        Assert.Equal("en", policy.Language);
    }
}
