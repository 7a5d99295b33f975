using PolicyArchive.Core.Ingestion;

namespace PolicyArchive.Tests.Ingestion;

public sealed class SourceCleanerTests
{
    [Fact]
    public void An_article_pasted_twice_with_a_footer_between_is_kept_once()
    {
        var article = "Les puces au cœur du débat à Washington.\nLe Sénat a entendu trois patrons ce matin.\nIls réclament plus d'électricité.";
        var text = article + "\nVoir l'original\nCe contenu est fourni à titre informatif uniquement.\n" + article;
        var cleaned = SourceCleaner.Clean(text);
        Assert.Equal("Le Sénat a entendu trois patrons ce matin.\n\nIls réclament plus d'électricité.", cleaned.Body);
        Assert.Equal("Les puces au cœur du débat à Washington.", cleaned.TitleLine);
        Assert.Equal(
            [RemovalReasons.TitleLine, RemovalReasons.OriginalLink, RemovalReasons.Disclaimer, RemovalReasons.RepeatedBlock],
            cleaned.Removals.Select(r => r.Reason));
        Assert.Equal(article, cleaned.Removals[^1].Text);
    }

    [Fact]
    public void A_repeated_long_paragraph_is_kept_once_but_a_short_repeated_line_stays()
    {
        var paragraph = "Les contrôles à l'exportation visent avant tout les puces les plus avancées, comme les H100 et les H800 de NVIDIA.";
        var text = "Introduction longue et complète. Avec deux phrases.\nOui\n" + paragraph + "\nAutre chose ici.\nOui\nEncore autre chose.\n" + paragraph;
        var cleaned = SourceCleaner.Clean(text);
        Assert.Equal(1, cleaned.Body.Split(paragraph).Length - 1);
        Assert.Equal(2, cleaned.Body.Split("Oui").Length - 1);
        Assert.Single(cleaned.Removals, r => r.Reason == RemovalReasons.RepeatedBlock);
    }

    [Fact]
    public void Related_articles_list_at_the_end_goes_with_its_heading()
    {
        var text = "Un titre d'article assez court\nLe corps de l'article. Il est long et complet.\nArticles connexes\nAutre article sur les puces\nEncore un autre article\nPas de commentaires...";
        var cleaned = SourceCleaner.Clean(text);
        Assert.Equal("Le corps de l'article. Il est long et complet.", cleaned.Body);
        Assert.Equal(3, cleaned.Removals.Count(r => r.Reason == RemovalReasons.RelatedArticles));
        Assert.Contains(cleaned.Removals, r => r.Reason == RemovalReasons.CommentCount);
    }

    [Fact]
    public void Japanese_page_interface_around_an_english_essay_is_removed()
    {
        var text = "『The Chip War Weekly』のカバーアート\n\nThe Chip War Weekly\n\nThe Chip War Weekly\n\n今すぐ聴く\n\nこのコンテンツについて\n\nWelcome back. This week we look at export controls and what they mean for the cloud.\n\nまだレビューはありません";
        var cleaned = SourceCleaner.Clean(text);
        Assert.Equal("Welcome back. This week we look at export controls and what they mean for the cloud.", cleaned.Body);
        Assert.Equal("The Chip War Weekly", cleaned.CoverArtTitle);
        Assert.Equal("The Chip War Weekly", cleaned.TitleLine);
    }

    [Fact]
    public void Byline_and_reference_lines_move_to_metadata()
    {
        var text = "Marie-Claire Dubois\nSource : https://example.org/article-42\nLe texte commence ici. Il continue.";
        var cleaned = SourceCleaner.Clean(text);
        Assert.Equal(["Marie-Claire Dubois"], cleaned.BylineNames);
        Assert.Equal("https://example.org/article-42", cleaned.SourceUrl);
        Assert.Equal("Le texte commence ici. Il continue.", cleaned.Body);
    }

    [Fact]
    public void Plain_text_lines_become_paragraphs_and_list_items_stay_a_list()
    {
        var cleaned = SourceCleaner.Clean("Premier paragraphe complet. Suite.\n- point un\n- point deux\nDernier paragraphe.");
        Assert.Equal("Premier paragraphe complet. Suite.\n\n- point un\n- point deux\n\nDernier paragraphe.", cleaned.Body);
    }
}
