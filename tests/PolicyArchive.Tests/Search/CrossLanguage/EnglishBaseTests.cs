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

    [Fact]
    public void A_past_participle_with_entries_of_its_own_borrows_its_headwords_only_where_it_has_none()
    {
        // "suspended" is glossed as hanging particles in Chinese and Japanese, never in French.
        var lexicon = CrossLanguageLexicon.FromLines(["en\tsuspended\tja:懸濁:7|zh:垂挂:6", "en\tsuspend\tfr:suspendre:8|ja:吊る:7|zh:悬挂:8"]);
        var translations = lexicon.Translate("suspended");
        Assert.Contains(translations, t => t.Language == "fr" && t.Text == "suspendre" && t.Weight < 0.8f);
        Assert.Contains(translations, t => t.Language == "ja" && t.Text == "懸濁");
        Assert.DoesNotContain(translations, t => t.Text is "吊る" or "悬挂");
    }

    [Fact]
    public void A_word_with_entries_of_its_own_borrows_nothing_when_it_may_not_be_a_form_of_one_headword()
    {
        // An -ing word is often a noun of its own (a bearing is no bear); "attached" may be attache's or attach's.
        var lexicon = CrossLanguageLexicon.FromLines([
            "en\tbearing\tzh:轴承:8", "en\tbear\tfr:ours:8",
            "en\tattached\tzh:附上:8", "en\tattache\tfr:attaché:8", "en\tattach\tfr:attacher:8"]);
        Assert.DoesNotContain(lexicon.Translate("bearing"), t => t.Language == "fr");
        Assert.DoesNotContain(lexicon.Translate("attached"), t => t.Language == "fr");
    }
}
