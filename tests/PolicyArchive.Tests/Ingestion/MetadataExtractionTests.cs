using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Ingestion;

namespace PolicyArchive.Tests.Ingestion;

public sealed class MetadataExtractionTests
{
    [Theory]
    [InlineData("Sriram Krishnan28 août, 22:26", "Sriram Krishnan", null, 8, 28)]
    [InlineData("Jane Doe · @jdoe · 9 mai 2025", "Jane Doe", 2025, 5, 9)]
    [InlineData("Ana Lima May 3, 2024", "Ana Lima", 2024, 5, 3)]
    public void Name_glued_to_a_date_is_a_byline(string line, string name, int? year, int month, int day)
    {
        Assert.True(BylineRules.TryNameAndDate(line, out var n, out var d));
        Assert.Equal(name, n);
        Assert.Equal(new PartialDate(year, month, day), d);
    }

    [Theory]
    [InlineData("Le PDG d'AMD, Lisa Su, a déclaré :")]
    [InlineData("Microsoft Brad Smith : ne sous-estimez pas l'IA, et ne sous-estimez pas l'humanité.")]
    [InlineData("Commentaire :")]
    [InlineData("The Senate Hearing")]
    [InlineData("OPENAI AMD")]
    public void Sentences_and_headings_are_not_names(string line) => Assert.False(BylineRules.IsBareName(line));

    [Theory]
    [InlineData("Patrick Bélanger")]
    [InlineData("Marie-Claire Dubois")]
    [InlineData("Ursula von der Leyen")]
    public void Bare_names_are_names(string line) => Assert.True(BylineRules.IsBareName(line));

    [Fact]
    public void A_name_inside_a_sentence_is_never_an_author()
    {
        var s = SourceExtractor.FromText(new FormatReading("Audience au Sénat sur les puces\nLe PDG d'AMD, Lisa Su, a déclaré que la course est un marathon. Elle a insisté.", false));
        Assert.Empty(s.Authors);
    }

    [Theory]
    [InlineData("Publié pour la première fois sur Chaîne d'Information ABMedia.", "ABMedia")]
    [InlineData("Cet article a été initialement publié sur Le Grand Continent, avec autorisation.", "Le Grand Continent")]
    [InlineData("This piece was first published on Lawfare.", "Lawfare")]
    public void Syndication_notice_names_the_outlet(string line, string outlet) =>
        Assert.Equal(outlet, MetadataExtractor.Publication([new RemovedText(RemovalReasons.Syndication, line)]));

    [Theory]
    [InlineData("Article copyright Cercle de partage de l'IA Tous, prière de ne pas reproduire sans autorisation.", "Cercle de partage de l'IA")]
    [InlineData("© 2024 Tech Hebdo. Tous droits réservés.", "Tech Hebdo")]
    [InlineData("© déclaration de droits d'auteur", null)]
    public void Copyright_notice_names_the_outlet(string line, string? outlet) =>
        Assert.Equal(outlet, MetadataExtractor.Publication([new RemovedText(RemovalReasons.Copyright, line)]));

    [Theory]
    [InlineData("Le Parlement a voté ce matin, le 12 mars, une loi sur l'IA.", null, 3, 12)]
    [InlineData("Aujourd'hui 3 février 2025, la Commission publie ses lignes directrices.", 2025, 2, 3)]
    [InlineData("The committee met this morning, May 9, to hear the CEOs.", null, 5, 9)]
    public void Lead_date_keeps_the_precision_the_text_gives(string lead, int? year, int month, int day) =>
        Assert.Equal(new PartialDate(year, month, day), MetadataExtractor.LeadDate(lead));

    [Fact]
    public void A_date_far_from_a_now_word_is_not_taken_as_publication_date() =>
        Assert.False(MetadataExtractor.LeadDate("La loi de 2018 a été révisée. Le texte date du 4 juillet 2019.").IsKnown);

    [Theory]
    [InlineData("28 août", null, 8, 28)]
    [InlineData("1er janvier 2025", 2025, 1, 1)]
    [InlineData("janvier 2025", 2025, 1, null)]
    [InlineData("2025年5月9日", 2025, 5, 9)]
    [InlineData("2025-05-09", 2025, 5, 9)]
    public void Date_mentions_are_read(string text, int? year, int month, int? day)
    {
        Assert.True(DateMentionParser.TryParseWhole(text, out var date));
        Assert.Equal(new PartialDate(year, month, day), date);
    }

    [Fact]
    public void Original_title_is_read_from_a_full_text_or_translation_line() =>
        Assert.Equal("Machines of Loving Grace", MetadataExtractor.OriginalTitle("Traduction intégrale de « Machines of Loving Grace » par le PDG."));

    [Fact]
    public void Without_a_title_line_the_first_sentence_of_four_words_or_more_is_the_title()
    {
        var s = SourceExtractor.FromText(new FormatReading("C'est vrai. Les développeurs du monde entier construisent sur notre technologie. Et ensuite ?", false));
        Assert.Equal("Les développeurs du monde entier construisent sur notre technologie.", s.Title);
    }
}
