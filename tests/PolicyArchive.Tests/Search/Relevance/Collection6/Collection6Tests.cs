namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>The sixth collection is data other tests may measure search against; this checks what is particular to it (JudgedCollectionTests checks what every collection must hold).</summary>
public sealed class Collection6Tests
{
    [Fact]
    public void A_mixed_text_becomes_one_passage_per_marked_paragraph()
    {
        // A French commentary quoting the English text of the Commission's omnibus is French.
        var doc = JudgedCollection.Sixth.Document("c6-056");
        Assert.Equal(["fr", "en", "fr", "en", "fr"], doc.Passages.Select(p => p.Language));
        Assert.Equal("fr", doc.Language);
        var english = doc.PassageText(1);
        Assert.StartsWith("The obligations for high-risk AI systems shall apply", english);
        Assert.EndsWith("2 August 2028 respectively.", english);

        // An English report quoting Japanese is English; a French commentary quoting Chinese is French.
        var japanese = JudgedCollection.Sixth.Document("c6-059");
        Assert.Equal(["en", "ja", "en", "ja", "en"], japanese.Passages.Select(p => p.Language));
        Assert.Equal("en", japanese.Language);
        var chinese = JudgedCollection.Sixth.Document("c6-060");
        Assert.Equal("fr", chinese.Language);
        Assert.Equal(["fr", "zh", "fr", "zh", "fr"], chinese.Passages.Select(p => p.Language));
        var article = chinese.PassageText(1);
        Assert.StartsWith("国家支持人工智能基础理论研究", article);
        Assert.EndsWith("促进人工智能应用和健康发展。", article);
    }
}
