namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>The fourteenth collection is data other tests may measure search against; this checks what is particular to it (JudgedCollectionTests checks what every collection must hold).</summary>
public sealed class Collection14Tests
{
    [Fact]
    public void A_mixed_text_becomes_one_passage_per_marked_paragraph()
    {
        // A French commentary quoting Chinese editorials is French.
        var chips = JudgedCollection.Fourteenth.Document("c14-016");
        Assert.Equal(["fr", "zh", "fr", "zh", "fr"], chips.Passages.Select(p => p.Language));
        Assert.Equal("fr", chips.Language);
        var editorial = chips.PassageText(1);
        Assert.StartsWith("算力是数字经济时代的新型生产力", editorial);
        Assert.EndsWith("宝贵的应用场景和迭代机会。", editorial);

        // French commentaries quoting English and Japanese are French.
        var elvis = JudgedCollection.Fourteenth.Document("c14-028");
        Assert.Equal(["fr", "en", "fr", "en", "fr"], elvis.Passages.Select(p => p.Language));
        Assert.Equal("fr", elvis.Language);
        var definition = elvis.PassageText(1);
        Assert.StartsWith("\"Voice\" means a sound in a medium", definition);
        Assert.EndsWith("a simulation of the voice of the individual.", definition);

        var geniac = JudgedCollection.Fourteenth.Document("c14-032");
        Assert.Equal(["fr", "ja", "fr", "ja", "fr"], geniac.Passages.Select(p => p.Language));
        Assert.Equal("fr", geniac.Language);
        var rationale = geniac.PassageText(1);
        Assert.StartsWith("基盤モデルの開発には大規模な計算資源が不可欠であるが", rationale);
        Assert.EndsWith("開発者の裾野を広げることが重要である。", rationale);

        // A Chinese report quoting the English text of a bill is Chinese.
        var bill = JudgedCollection.Fourteenth.Document("c14-048");
        Assert.Equal(["zh", "en", "zh", "en", "zh"], bill.Passages.Select(p => p.Language));
        Assert.Equal("zh", bill.Language);
        var duty = bill.PassageText(1);
        Assert.StartsWith("On or before January 1, 2026, and before each time thereafter", duty);
        Assert.EndsWith("to train the generative artificial intelligence system or service.", duty);
    }
}
