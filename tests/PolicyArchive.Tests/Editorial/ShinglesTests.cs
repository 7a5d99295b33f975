using PolicyArchive.Core.Editorial;

namespace PolicyArchive.Tests.Editorial;

public sealed class ShinglesTests
{
    private const string Article = "Le département du Commerce a annoncé de nouveaux contrôles à l'exportation des puces avancées vers la Chine. "
        + "Les entreprises américaines devront obtenir une licence pour vendre des accélérateurs d'intelligence artificielle. "
        + "Cette décision vise les centres de données et les modèles les plus puissants, selon les responsables.";

    [Fact]
    public void Same_text_with_other_case_accents_and_punctuation_is_identical()
    {
        var other = Article.ToUpperInvariant().Replace("é", "e", StringComparison.Ordinal).Replace(",", " ;", StringComparison.Ordinal);
        Assert.Equal(1.0, Shingles.Similarity(Article, other), 3);
    }

    [Fact]
    public void Same_article_with_page_furniture_added_is_a_near_duplicate()
    {
        var republished = "Partager sur Facebook Partager sur X\n" + Article + "\nArticles connexes : la suite.";
        Assert.True(Shingles.Similarity(Article, republished) >= PolicyArchive.Core.Duplicates.NearDuplicateFinder.Threshold);
    }

    [Fact]
    public void Different_articles_on_the_same_subject_are_not_near_duplicates()
    {
        const string other = "Pékin a répondu aux contrôles américains en limitant les exportations de gallium et de germanium, "
            + "deux métaux essentiels à la fabrication des semi-conducteurs, selon le ministère chinois du Commerce.";
        Assert.True(Shingles.Similarity(Article, other) < 0.1);
    }

    [Fact]
    public void Chinese_text_without_spaces_is_compared_by_characters()
    {
        const string zh = "美国商务部宣布对先进芯片实施新的出口管制措施，以限制人工智能的发展。";
        Assert.True(Shingles.Similarity(zh, zh + "欢迎分享。") >= PolicyArchive.Core.Duplicates.NearDuplicateFinder.Threshold);
        Assert.True(Shingles.Similarity(zh, "日本政府发表了关于数据中心能源使用的新报告和建议。") < 0.2);
    }

    [Fact]
    public void Shingle_hashes_are_those_already_in_indexes()
    {
        // Indexes hold MinHash bands of these hashes: a change would hide every stored near-duplicate until a rebuild.
        Assert.Equal([-3431135383077098971L, 1960090321633764897L], Shingles.Of("A b, c; d e").Order());
        Assert.Equal([-6162192847931128829L], Shingles.Of("Été 中文"));
    }

    [Fact]
    public void Empty_texts_resemble_nothing()
    {
        Assert.Equal(0, Shingles.Similarity("", ""));
        Assert.Equal(0, Shingles.Similarity(Article, ""));
    }
}
