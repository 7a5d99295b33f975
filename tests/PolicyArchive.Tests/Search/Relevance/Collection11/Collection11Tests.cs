namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>The eleventh collection is data other tests may measure search against; this checks what is particular to it (JudgedCollectionTests checks what every collection must hold).</summary>
public sealed class Collection11Tests
{
    [Fact]
    public void A_mixed_text_becomes_one_passage_per_marked_paragraph()
    {
        // A French commentary quoting the English text of a report is French.
        var report = JudgedCollection.Eleventh.Document("c11-008");
        Assert.Equal(["fr", "en", "fr", "en", "fr"], report.Passages.Select(p => p.Language));
        Assert.Equal("fr", report.Language);
        var method = report.PassageText(1);
        Assert.StartsWith("Testing should focus on the application", method);
        Assert.EndsWith("unsafe in another.", method);

        // French commentaries quoting Japanese and Chinese are French.
        var standard = JudgedCollection.Eleventh.Document("c11-017");
        Assert.Equal(["fr", "ja", "fr", "ja", "fr"], standard.Passages.Select(p => p.Language));
        Assert.Equal("fr", standard.Language);
        var preface = standard.PassageText(1);
        Assert.StartsWith("この規格は、組織がAIシステムを", preface);
        Assert.EndsWith("要求事項を規定する。", preface);

        var press = JudgedCollection.Eleventh.Document("c11-045");
        Assert.Equal(["fr", "zh", "fr", "zh", "fr"], press.Passages.Select(p => p.Language));
        Assert.Equal("fr", press.Language);
        var quote = press.PassageText(1);
        Assert.StartsWith("欧洲首台百亿亿次超算正式启用", quote);
        Assert.EndsWith("仍依赖美国企业。", quote);

        // A Chinese report quoting the English text of a bill is Chinese.
        var bill = JudgedCollection.Eleventh.Document("c11-028");
        Assert.Equal(["zh", "en", "zh", "en", "zh"], bill.Passages.Select(p => p.Language));
        Assert.Equal("zh", bill.Language);
        var clause = bill.PassageText(1);
        Assert.StartsWith("The copyright in a work is not infringed", clause);
        Assert.EndsWith("lawful access to the work.", clause);
    }
}
