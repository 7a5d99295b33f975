using System.Globalization;
using PolicyArchive.Core.Citations;

namespace PolicyArchive.Tests.Citations;

public sealed class CitationLineTests
{
    [Theory]
    [InlineData("Taïwan face à la \"menace chinoise\".", "“Taïwan face à la \"menace chinoise\".” Le Grand Continent")]
    [InlineData("Les négociations sont en cours.", "“Les négociations sont en cours.” Le Grand Continent")]
    [InlineData("Who controls the chips?", "“Who controls the chips?” Le Grand Continent")]
    [InlineData("Il a dit « ça suffit. »", "“Il a dit « ça suffit. »” Le Grand Continent")]
    [InlineData("Les contrôles à l'exportation", "“Les contrôles à l'exportation”. Le Grand Continent")]
    public void A_title_that_ends_its_sentence_gets_no_second_full_stop(string title, string expected)
    {
        var record = CitationSamples.Record() with { Title = title };
        foreach (var culture in new[] { CultureInfo.InvariantCulture, new CultureInfo("fr") })
        {
            var line = CitationLine.Format(record, culture, "révision 3", "version du 4 mars 2025");
            Assert.Contains(expected, line, StringComparison.Ordinal);
            Assert.DoesNotContain("..", line, StringComparison.Ordinal);
            Assert.DoesNotContain(".”.", line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_author_or_outlet_ending_with_a_stop_gets_no_second_one()
    {
        var record = CitationSamples.Record() with { Authors = ["Martin Luther King Jr."], Publication = "Example Inc." };
        var line = CitationLine.Format(record);
        Assert.StartsWith("Martin Luther King Jr. “", line, StringComparison.Ordinal);
        Assert.DoesNotContain("..", line, StringComparison.Ordinal);
    }
}
