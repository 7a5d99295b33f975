using System.Text.Json;
using PolicyArchive.Core.Citations;

namespace PolicyArchive.Tests.Citations;

public sealed class CslJsonWriterTests
{
    [Fact]
    public void Item_parses_back_to_the_same_fields()
    {
        var c = CitationSamples.Record();
        using var json = JsonDocument.Parse(CslJsonWriter.Write(c));
        var item = Assert.Single(json.RootElement.EnumerateArray().ToList());

        Assert.Equal("pa-abcd2345", item.GetProperty("id").GetString());
        Assert.Equal("article-newspaper", item.GetProperty("type").GetString());
        Assert.Equal(c.Title, item.GetProperty("title").GetString());
        Assert.Equal("出口管制与芯片", item.GetProperty("original-title").GetString());
        var authors = item.GetProperty("author").EnumerateArray().ToList();
        Assert.Equal("Amodei", authors[0].GetProperty("family").GetString());
        Assert.Equal("Dario", authors[0].GetProperty("given").GetString());
        Assert.False(authors[0].TryGetProperty("literal", out _));
        Assert.Equal("Anthropic, PBC", authors[1].GetProperty("literal").GetString());
        Assert.Equal("Le Grand Continent", item.GetProperty("container-title").GetString());
        Assert.Equal([2025, 1, 29], item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32()));
        Assert.Equal("fr", item.GetProperty("language").GetString());
        Assert.Equal(c.Permalink.AbsoluteUri + "?rev=3", item.GetProperty("URL").GetString());
    }

    [Fact]
    public void Year_only_date_has_one_date_part()
    {
        var d = CitationSamples.Document();
        d.PublishedDate = new Core.Documents.PartialDate(2024, null, null);
        using var json = JsonDocument.Parse(CslJsonWriter.Write(CitationRecord.FromDocument(d, CitationSamples.Permalink)));
        Assert.Equal([2024], json.RootElement[0].GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32()));
    }
}
