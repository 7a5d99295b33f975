namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>The ninth collection is data other tests may measure search against; this checks what is particular to it (JudgedCollectionTests checks what every collection must hold).</summary>
public sealed class Collection9Tests
{
    [Theory]
    // A French commentary quoting English, one quoting Japanese, and an English one quoting Japanese: each is the
    // language it opens in, with one passage per marked paragraph.
    [InlineData("c9-008", "fr", new[] { "fr", "en", "fr", "en", "fr", "en", "fr" })]
    [InlineData("c9-028", "fr", new[] { "fr", "ja", "fr", "ja", "fr" })]
    [InlineData("c9-051", "en", new[] { "en", "ja", "en", "ja", "en", "ja", "en" })]
    // A Chinese commentary quoting English is Chinese.
    [InlineData("c9-067", "zh", new[] { "zh", "en", "zh", "en", "zh" })]
    public void A_mixed_text_becomes_one_passage_per_marked_paragraph(string id, string language, string[] passages)
    {
        var document = JudgedCollection.Ninth.Document(id);
        Assert.True(document.IsMixed);
        Assert.Equal(passages, document.Passages.Select(p => p.Language));
        Assert.Equal(language, document.Language);
        Assert.All(Enumerable.Range(0, passages.Length), i => Assert.False(string.IsNullOrWhiteSpace(document.PassageText(i))));
    }
}
