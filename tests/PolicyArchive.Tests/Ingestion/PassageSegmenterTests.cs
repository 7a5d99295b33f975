using PolicyArchive.Core.Ingestion;

namespace PolicyArchive.Tests.Ingestion;

public sealed class PassageSegmenterTests
{
    private static (string Language, string Text)[] Runs(string body, string docLanguage = "fr") =>
        [.. PassageSegmenter.Segment(body, docLanguage).Select(p => (p.Language, body.Substring(p.Start, p.Length).Trim()))];

    [Fact]
    public void A_chinese_sentence_inside_a_french_line_is_its_own_passage()
    {
        var body = "Les contrôles sont essentiels pour l'avenir : 作者认为严格的出口管制是关键。\nLa suite reste en français, comme le reste du texte.";
        var runs = Runs(body);
        Assert.Equal(["fr", "zh", "fr"], runs.Select(r => r.Language));
        Assert.Equal("作者认为严格的出口管制是关键。", runs[1].Text);
    }

    [Fact]
    public void A_latin_word_inside_chinese_stays_chinese() =>
        Assert.Equal([("zh", "作者认为 AI 发展将导致竞争加剧。")], Runs("作者认为 AI 发展将导致竞争加剧。", "zh"));

    [Fact]
    public void English_inside_a_japanese_page_becomes_english()
    {
        var body = "このエピソードについて。\nMost American startups are starting with Chinese models, and that is the story of the year.\nまだレビューはありません。";
        Assert.Equal(["ja", "en", "ja"], Runs(body, "ja").Select(r => r.Language));
    }

    [Fact]
    public void An_english_sentence_in_a_french_paragraph_is_marked_english()
    {
        var body = "Il a conclu son discours ainsi. We will not lose this race to anyone. Puis il a quitté la salle sous les applaudissements.";
        Assert.Equal(["fr", "en", "fr"], Runs(body).Select(r => r.Language));
    }

    [Fact]
    public void Short_unclear_lines_take_the_surrounding_language()
    {
        var runs = Runs("Le Sénat a tenu une audience sur l'intelligence artificielle.\nH800, H20\nLes puces sont au centre du débat.");
        Assert.Equal(["fr"], runs.Select(r => r.Language));
    }

    [Fact]
    public void Han_without_kana_in_a_japanese_document_is_japanese()
    {
        var body = "輸出規制について話します。\n東京大学研究所\n";
        var passages = PassageSegmenter.Segment(body, "ja");
        Assert.NotEmpty(passages);
        Assert.All(passages, p => Assert.Equal("ja", p.Language));
    }
}
