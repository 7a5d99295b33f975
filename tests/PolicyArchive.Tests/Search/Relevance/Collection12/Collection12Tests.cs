namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>The twelfth collection is data other tests may measure search against; this checks what is particular to it (JudgedCollectionTests checks what every collection must hold).</summary>
public sealed class Collection12Tests
{
    [Fact]
    public void A_mixed_text_becomes_one_passage_per_marked_paragraph()
    {
        // A French commentary quoting a Japanese press release is French.
        var launch = JudgedCollection.Twelfth.Document("c12-008");
        Assert.Equal(["fr", "ja", "fr", "ja", "fr"], launch.Passages.Select(p => p.Language));
        Assert.Equal("fr", launch.Language);
        var release = launch.PassageText(1);
        Assert.StartsWith("Apple Intelligenceは、iOS 18.4から日本語で", release);
        Assert.EndsWith("共有されたりすることはありません。", release);

        // French commentaries quoting Chinese and English are French.
        var press = JudgedCollection.Twelfth.Document("c12-032");
        Assert.Equal(["fr", "zh", "fr", "zh", "fr"], press.Passages.Select(p => p.Language));
        Assert.Equal("fr", press.Language);
        var editorial = press.PassageText(1);
        Assert.StartsWith("美国把国家实验室的超级计算机", editorial);
        Assert.EndsWith("高质量科学数据体系。", editorial);

        var ruling = JudgedCollection.Twelfth.Document("c12-041");
        Assert.Equal(["fr", "en", "fr", "en", "fr"], ruling.Passages.Select(p => p.Language));
        Assert.Equal("fr", ruling.Language);
        var injunction = ruling.PassageText(1);
        Assert.StartsWith("Most of AB 2839 acts as a hammer", injunction);
        Assert.EndsWith("American democratic debate.", injunction);

        // A Chinese report quoting the English text of a statement is Chinese.
        var statement = JudgedCollection.Twelfth.Document("c12-052");
        Assert.Equal(["zh", "en", "zh", "en", "zh"], statement.Passages.Select(p => p.Language));
        Assert.Equal("zh", statement.Language);
        var award = statement.PassageText(1);
        Assert.StartsWith("The awards will enable the Department", award);
        Assert.EndsWith("across a variety of mission areas.", award);
    }
}
