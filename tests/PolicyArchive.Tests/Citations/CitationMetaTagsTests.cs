using System.Text.Json;
using PolicyArchive.Core.Citations;

namespace PolicyArchive.Tests.Citations;

public sealed class CitationMetaTagsTests
{
    [Fact]
    public void Highwire_and_dublin_core_tags_carry_each_author_and_the_date()
    {
        var tags = CitationMetaTags.For(CitationSamples.Record());
        Assert.Equal(["Dario Amodei", "Anthropic, PBC"], tags.Where(t => t.Name == "citation_author").Select(t => t.Content));
        Assert.Contains(("citation_publication_date", "2025/01/29"), tags);
        Assert.Contains(("citation_language", "fr"), tags);
        Assert.Contains(("DC.date", "2025-01-29"), tags);
        Assert.Equal(2, tags.Count(t => t.Name == "DC.creator"));
    }

    [Fact]
    public void Json_ld_cannot_close_its_script_element()
    {
        var d = CitationSamples.Document();
        d.Title = "</script><script>alert(1)</script>";
        var jsonLd = CitationMetaTags.JsonLd(CitationRecord.FromDocument(d, CitationSamples.Permalink));
        Assert.DoesNotContain("<", jsonLd, StringComparison.Ordinal);
        using var parsed = JsonDocument.Parse(jsonLd);
        Assert.Equal(d.Title, parsed.RootElement.GetProperty("headline").GetString());
        Assert.Equal("Article", parsed.RootElement.GetProperty("@type").GetString());
    }

    [Fact]
    public void Citation_line_names_authors_outlet_date_and_revision()
    {
        var line = CitationLine.Format(CitationSamples.Record());
        Assert.StartsWith("Dario Amodei, Anthropic, PBC. “Les contrôles", line, StringComparison.Ordinal);
        Assert.Contains("Le Grand Continent, 29 January 2025.", line, StringComparison.Ordinal);
        Assert.Contains("PolicyArchive, revision 3. https://archive.example/d/abcd2345/les-controles", line, StringComparison.Ordinal);
    }
}
