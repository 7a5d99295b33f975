namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>The sixth collection is data other tests may measure search against; this checks the data itself.</summary>
public sealed class Collection6Tests
{
    [Fact]
    public void The_sixth_collection_is_well_formed() =>
        CollectionChecks.AssertWellFormed(JudgedCollection.Sixth.Prefix, JudgedCollection.Sixth.All(), JudgedCollection.Sixth.Judgements, JudgedCollection.Sixth.Kinds,
            new(Documents: 73, Queries: 155, Mixed: 5, Distractors: 13));

    [Fact]
    public void A_mixed_text_becomes_one_passage_per_marked_paragraph()
    {
        // A French commentary quoting the English text of the Commission's omnibus is French.
        var doc = JudgedCollection.Sixth.All().Single(d => d.Id == "c6-056");
        Assert.Equal(["fr", "en", "fr", "en", "fr"], doc.Passages.Select(p => p.Language));
        Assert.Equal("fr", doc.Language);
        var english = doc.Body.Substring(doc.Passages[1].Start, doc.Passages[1].Length);
        Assert.StartsWith("The obligations for high-risk AI systems shall apply", english);
        Assert.EndsWith("2 August 2028 respectively.", english);

        // An English report quoting Japanese is English; a French commentary quoting Chinese is French.
        var japanese = JudgedCollection.Sixth.All().Single(d => d.Id == "c6-059");
        Assert.Equal(["en", "ja", "en", "ja", "en"], japanese.Passages.Select(p => p.Language));
        Assert.Equal("en", japanese.Language);
        var chinese = JudgedCollection.Sixth.All().Single(d => d.Id == "c6-060");
        Assert.Equal("fr", chinese.Language);
        Assert.Equal(["fr", "zh", "fr", "zh", "fr"], chinese.Passages.Select(p => p.Language));
        var article = chinese.Body.Substring(chinese.Passages[1].Start, chinese.Passages[1].Length);
        Assert.StartsWith("国家支持人工智能基础理论研究", article);
        Assert.EndsWith("促进人工智能应用和健康发展。", article);
    }
}
