using PolicyArchive.Core.Citations;

namespace PolicyArchive.Tests.Citations;

public sealed class RisWriterTests
{
    [Fact]
    public void Record_parses_back_to_the_same_fields()
    {
        var c = CitationSamples.Record();
        var lines = RisWriter.Write(c).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.Matches("^[A-Z][A-Z0-9]  - ", l));
        var tags = lines.Select(l => (Tag: l[..2], Value: l[6..])).ToList();
        string One(string tag) => Assert.Single(tags, t => t.Tag == tag).Value;

        Assert.Equal("ELEC", tags[0].Value);
        Assert.Equal("ER", tags[^1].Tag);
        Assert.Equal(c.Title, One("TI"));
        Assert.Equal(["Amodei, Dario", "Anthropic, PBC"], tags.Where(t => t.Tag == "AU").Select(t => t.Value));
        Assert.Equal("Le Grand Continent", One("T2"));
        Assert.Equal("2025", One("PY"));
        Assert.Equal("2025/01/29/", One("DA"));
        Assert.Equal("fr", One("LA"));
        Assert.Equal(c.Permalink.AbsoluteUri + "?rev=3", One("UR"));
        Assert.Equal(["chips", "export controls"], tags.Where(t => t.Tag == "KW").Select(t => t.Value));
    }

    [Fact]
    public void A_month_precision_date_leaves_the_day_empty()
    {
        var d = CitationSamples.Document();
        d.PublishedDate = new Core.Documents.PartialDate(2025, 5, null);
        var ris = RisWriter.Write(CitationRecord.FromDocument(d, CitationSamples.Permalink));
        Assert.Contains("DA  - 2025/05//\r\n", ris, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_with_line_breaks_stays_on_one_line()
    {
        var d = CitationSamples.Document();
        d.Title = "First line\nER  - injected";
        var ris = RisWriter.Write(CitationRecord.FromDocument(d, CitationSamples.Permalink));
        Assert.Single(ris.Split("\r\n"), l => l.StartsWith("ER  - ", StringComparison.Ordinal));
        Assert.Contains("TI  - First line ER  - injected\r\n", ris, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cited_passage_is_a_note_with_the_revision_url_and_anchor()
    {
        var c = CitationSamples.Record() with { PassageAnchor = "p-0a1b2c3d" };
        var notes = RisWriter.Write(c).Split("\r\n").Where(l => l.StartsWith("N1  - ", StringComparison.Ordinal)).ToList();
        Assert.Equal("N1  - Passage: https://archive.example/d/abcd2345/les-controles?rev=3#p-0a1b2c3d", notes[0]);
        Assert.Equal("N1  - Original source: " + c.SourceUrl, notes[1]);
    }
}
