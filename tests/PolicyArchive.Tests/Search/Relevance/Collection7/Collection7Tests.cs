namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>The seventh collection is data other tests may measure search against; this checks what is particular to it (JudgedCollectionTests checks what every collection must hold).</summary>
public sealed class Collection7Tests
{
    [Fact]
    public void A_mixed_text_becomes_one_passage_per_marked_paragraph()
    {
        // A French commentary quoting the English text of the Council of Europe convention is French.
        var doc = JudgedCollection.Seventh.Document("c7-024");
        Assert.Equal(["fr", "en", "fr", "en", "fr"], doc.Passages.Select(p => p.Language));
        Assert.Equal("fr", doc.Language);
        var english = doc.PassageText(1);
        Assert.StartsWith("The provisions of this Convention aim", english);
        Assert.EndsWith("democracy and the rule of law.", english);

        // An English report quoting Japanese is English; a Chinese report quoting English is Chinese.
        var japanese = JudgedCollection.Seventh.Document("c7-031");
        Assert.Equal(["en", "ja", "en", "ja", "en"], japanese.Passages.Select(p => p.Language));
        Assert.Equal("en", japanese.Language);
        var english2 = JudgedCollection.Seventh.Document("c7-053");
        Assert.Equal(["zh", "en", "zh", "en", "zh"], english2.Passages.Select(p => p.Language));
        Assert.Equal("zh", english2.Language);

        // French commentaries quoting Japanese and (traditional) Chinese are French.
        var ruling = JudgedCollection.Seventh.Document("c7-036");
        Assert.Equal(["fr", "ja", "fr", "ja", "fr"], ruling.Passages.Select(p => p.Language));
        Assert.Equal("fr", ruling.Language);
        var chinese = JudgedCollection.Seventh.Document("c7-019");
        Assert.Equal("fr", chinese.Language);
        Assert.Equal(["fr", "zh", "fr", "zh", "fr"], chinese.Passages.Select(p => p.Language));
        var article = chinese.PassageText(1);
        Assert.StartsWith("數位發展部應參考國際標準或規範", article);
        Assert.EndsWith("訂定其主管業務之風險分級規範。", article);
    }
}
