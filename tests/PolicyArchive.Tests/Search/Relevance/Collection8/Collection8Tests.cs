namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>The eighth collection is data other tests may measure search against; this checks what is particular to it (JudgedCollectionTests checks what every collection must hold).</summary>
public sealed class Collection8Tests
{
    [Fact]
    public void A_mixed_text_becomes_one_passage_per_marked_paragraph()
    {
        // A French commentary quoting the English text of a statute is French.
        var english = JudgedCollection.Eighth.Document("c8-010");
        Assert.Equal(["fr", "en", "fr", "en", "fr"], english.Passages.Select(p => p.Language));
        Assert.Equal("fr", english.Language);
        var quoted = english.PassageText(1);
        Assert.StartsWith("A person may not develop or deploy", quoted);
        Assert.EndsWith("engage in criminal activity.", quoted);

        // French commentaries quoting Japanese and Chinese are French.
        var japanese = JudgedCollection.Eighth.Document("c8-015");
        Assert.Equal(["fr", "ja", "fr", "ja", "fr"], japanese.Passages.Select(p => p.Language));
        Assert.Equal("fr", japanese.Language);
        var report = japanese.PassageText(1);
        Assert.StartsWith("当社は、米国における", report);
        Assert.EndsWith("推進します。", report);

        var chinese = JudgedCollection.Eighth.Document("c8-039");
        Assert.Equal(["fr", "zh", "fr", "zh", "fr"], chinese.Passages.Select(p => p.Language));
        Assert.Equal("fr", chinese.Language);
        var article = chinese.PassageText(1);
        Assert.StartsWith("提供者不得将替代社会交往", article);
        Assert.EndsWith("作为设计目标。", article);

        // A Chinese report quoting English is Chinese; an English report quoting Japanese is English.
        var statute = JudgedCollection.Eighth.Document("c8-036");
        Assert.Equal(["zh", "en", "zh", "en", "zh"], statute.Passages.Select(p => p.Language));
        Assert.Equal("zh", statute.Language);
        var agency = JudgedCollection.Eighth.Document("c8-048");
        Assert.Equal(["en", "ja", "en", "ja", "en"], agency.Passages.Select(p => p.Language));
        Assert.Equal("en", agency.Language);
    }
}
