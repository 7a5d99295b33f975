using PolicyArchive.Core.Search.Lexicon;

namespace PolicyArchive.Tests.Search.CrossLanguage;

public sealed class EnglishBaseTests
{
    [Theory]
    [InlineData("smuggled", "smuggle")]
    [InlineData("labelling", "label")]
    [InlineData("banned", "ban")]
    [InlineData("regulating", "regulate")]
    [InlineData("subsidising", "subsidize")]
    [InlineData("exported", "export")]
    [InlineData("classified", "classify")]
    public void An_inflected_form_offers_its_headword(string form, string headword) =>
        Assert.Contains(headword, EnglishBase.Candidates(form));

    [Theory]
    [InlineData("chips")]
    [InlineData("data")]
    [InlineData("red")]
    [InlineData("Taiwan")]
    public void Other_words_offer_nothing(string word) => Assert.Empty(EnglishBase.Candidates(word));

    [Fact]
    public void A_form_no_dictionary_lists_is_translated_as_its_headword_and_through_it()
    {
        var lexicon = CrossLanguageLexicon.FromLines(["en\tsmuggle\tfr:contrebande:8|zh:走私:8", "zh\t走私\ten:smuggle:8"]);
        var translations = lexicon.Translate("smuggled");
        Assert.Contains(translations, t => t.Language == "fr" && t.Text == "contrebande" && t.Weight < 0.8f);
        Assert.Contains(translations, t => t.Language == "zh" && t.Text == "走私");
        Assert.Empty(lexicon.Translate("smuggled", domainOnly: true));
    }
}
