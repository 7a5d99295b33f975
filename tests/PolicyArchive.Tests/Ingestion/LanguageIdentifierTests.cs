using PolicyArchive.Core.Ingestion;

namespace PolicyArchive.Tests.Ingestion;

public sealed class LanguageIdentifierTests
{
    [Theory]
    [InlineData("Le Sénat a tenu une audience sur l'IA ce matin.", "fr")]
    [InlineData("Les puces sont au cœur du débat.", "fr")]
    [InlineData("Il faut gagner la confiance du monde.", "fr")]
    [InlineData("C'est exactement ça.", "fr")]
    [InlineData("The Senate held a hearing on AI this morning.", "en")]
    [InlineData("Most American startups are starting with Chinese models.", "en")]
    [InlineData("I'm excited to get back to writing.", "en")]
    [InlineData("Der Senat hat heute eine Anhörung über künstliche Intelligenz abgehalten.", "de")]
    [InlineData("El Senado celebró una audiencia sobre la inteligencia artificial.", "es")]
    [InlineData("Il Senato ha tenuto un'audizione sull'intelligenza artificiale questa mattina.", "it")]
    [InlineData("O Senado realizou uma audiência sobre inteligência artificial não prevista.", "pt")]
    [InlineData("De Senaat hield vanochtend een hoorzitting over kunstmatige intelligentie en het beleid.", "nl")]
    public void Latin_script_sentences(string text, string expected) => Assert.Equal(expected, LanguageIdentifier.Identify(text));

    [Theory]
    [InlineData("作者认为严格的出口管制是阻止中国获得数百万芯片的关键。", "zh")]
    [InlineData("作者认为 AI 发展将导致中美之间的竞争加剧。", "zh")]
    [InlineData("ポッドキャストの詳細を見る", "ja")]
    [InlineData("輸出規制について", "ja")]
    [InlineData("中国のAI戦略", "ja")]
    [InlineData("『On China's open source AI trajectory』のカバーアート", "ja")]
    [InlineData("수출 통제는 중요한 정책이다", "ko")]
    [InlineData("Экспортный контроль важен", "ru")]
    public void Scripts_decide_for_cjk_and_others(string text, string expected) => Assert.Equal(expected, LanguageIdentifier.Identify(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("47,03K")]
    [InlineData("H800 H20")]
    public void Nothing_to_go_on_gives_und(string text) => Assert.Equal("und", LanguageIdentifier.Identify(text));

    [Fact]
    public void A_french_line_quoting_a_few_chinese_characters_stays_french() =>
        Assert.Equal("fr", LanguageIdentifier.Identify("Le terme chinois 出口管制 désigne les contrôles à l'exportation de puces."));

    [Fact]
    public void A_single_han_character_is_not_a_confident_guess() => Assert.False(LanguageIdentifier.Guess("中").Confident);
}
