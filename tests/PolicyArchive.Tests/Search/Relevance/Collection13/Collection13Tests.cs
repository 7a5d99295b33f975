namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>The thirteenth collection is data other tests may measure search against; this checks what is particular to it (JudgedCollectionTests checks what every collection must hold).</summary>
public sealed class Collection13Tests
{
    [Fact]
    public void A_mixed_text_becomes_one_passage_per_marked_paragraph()
    {
        // A French commentary quoting a Chinese editorial is French.
        var fund = JudgedCollection.Thirteenth.Document("c13-004");
        Assert.Equal(["fr", "zh", "fr", "zh", "fr"], fund.Passages.Select(p => p.Language));
        Assert.Equal("fr", fund.Language);
        var editorial = fund.PassageText(1);
        Assert.StartsWith("大基金三期的意义不仅在于规模创下新高", editorial);
        Assert.EndsWith("关键环节实现自主可控。", editorial);

        // French commentaries quoting English and Japanese are French.
        var veto = JudgedCollection.Thirteenth.Document("c13-029");
        Assert.Equal(["fr", "en", "fr", "en", "fr"], veto.Passages.Select(p => p.Language));
        Assert.Equal("fr", veto.Language);
        var message = veto.PassageText(1);
        Assert.StartsWith("There are many ways to strengthen Virginia's position", message);
        Assert.EndsWith("our Commonwealth's many businesses owners.", message);

        var plan = JudgedCollection.Thirteenth.Document("c13-048");
        Assert.Equal(["fr", "ja", "fr", "ja", "fr"], plan.Passages.Select(p => p.Language));
        Assert.Equal("fr", plan.Language);
        var diagnosis = plan.PassageText(1);
        Assert.StartsWith("我が国のAIの利活用は諸外国に比べて大きく遅れており", diagnosis);
        Assert.EndsWith("反転攻勢をかける必要がある。", diagnosis);

        // A Chinese report quoting the English text of a court order is Chinese.
        var order = JudgedCollection.Thirteenth.Document("c13-037");
        Assert.Equal(["zh", "en", "zh", "en", "zh"], order.Passages.Select(p => p.Language));
        Assert.Equal("zh", order.Language);
        var text = order.PassageText(1);
        Assert.StartsWith("OpenAI is NOW DIRECTED to preserve and segregate", text);
        Assert.EndsWith("might require OpenAI to do so.", text);
    }
}
