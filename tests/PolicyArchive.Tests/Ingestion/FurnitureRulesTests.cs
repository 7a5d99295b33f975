using PolicyArchive.Core.Ingestion;

namespace PolicyArchive.Tests.Ingestion;

public sealed class FurnitureRulesTests
{
    [Theory]
    [InlineData("Si vous n'êtes pas redirigée automatiquement, cliquez ici.", RemovalReasons.RedirectNotice)]
    [InlineData("If you are not redirected, click here", RemovalReasons.RedirectNotice)]
    [InlineData("Partager : Facebook | Twitter | LinkedIn", RemovalReasons.ShareButtons)]
    [InlineData("Share this article", RemovalReasons.ShareButtons)]
    [InlineData("Cet article ne constitue pas un conseil en placement ; à titre informatif uniquement.", RemovalReasons.Disclaimer)]
    [InlineData("This content is for informational purposes only and is not investment advice.", RemovalReasons.Disclaimer)]
    [InlineData("© 2024 Le Quotidien de la Tech. Tous droits réservés.", RemovalReasons.Copyright)]
    [InlineData("Copyright Le Blog IA, reproduction interdite sans autorisation.", RemovalReasons.Copyright)]
    [InlineData("À lire aussi", RemovalReasons.RelatedArticles)]
    [InlineData("Related posts", RemovalReasons.RelatedArticles)]
    [InlineData("关联文章", null)]
    [InlineData("相关文章", RemovalReasons.RelatedArticles)]
    [InlineData("12 commentaires", RemovalReasons.CommentCount)]
    [InlineData("No comments yet.", RemovalReasons.CommentCount)]
    [InlineData("まだコメントはありません", RemovalReasons.CommentCount)]
    [InlineData("1,2M", RemovalReasons.ViewCounter)]
    [InlineData("812 K", RemovalReasons.ViewCounter)]
    [InlineData("3 456 vues", RemovalReasons.ViewCounter)]
    [InlineData("Lire l'article original", RemovalReasons.OriginalLink)]
    [InlineData("阅读原文", RemovalReasons.OriginalLink)]
    [InlineData("今すぐ聴く", RemovalReasons.PageInterface)]
    [InlineData("Écouter gratuitement", RemovalReasons.PageInterface)]
    [InlineData("「輸出規制の未来」のカバーアート", RemovalReasons.CoverArt)]
    [InlineData("Cover art for The Export Control Podcast", RemovalReasons.CoverArt)]
    [InlineData("Publié initialement sur Le Monde Numérique. Initialement publié sur Tech Hebdo.", RemovalReasons.Syndication)]
    [InlineData("👉 👈 ★★★", RemovalReasons.Decoration)]
    public void Furniture_lines_are_recognised(string line, string? expected) => Assert.Equal(expected, FurnitureRules.Classify(line));

    [Theory]
    [InlineData("Le PDG d'AMD, Lisa Su, a déclaré :")]
    [InlineData("Les contrôles à l'exportation sont le seul moyen d'empêcher la Chine d'acquérir des millions de puces.")]
    [InlineData("Le copyright des données d'entraînement est au cœur du débat")]
    [InlineData("L'entreprise a connu une croissance de 12 000 % en seulement deux ans.")]
    [InlineData("2025")]
    [InlineData("---")]
    [InlineData("- Maintenir l'innovation ouverte")]
    [InlineData("Commentaire :")]
    public void Article_lines_are_not_furniture(string line) => Assert.Null(FurnitureRules.Classify(line));

    [Fact]
    public void Cover_art_caption_names_the_title() =>
        Assert.Equal("輸出規制の未来", FurnitureRules.CoverArtTitle("「輸出規制の未来」のカバーアート"));
}
