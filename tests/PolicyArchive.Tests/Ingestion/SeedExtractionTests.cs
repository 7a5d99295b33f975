using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Ingestion;

namespace PolicyArchive.Tests.Ingestion;

/// <summary>Each seed read end to end, without the curation file: what a reader would check on the document page.</summary>
public sealed class SeedExtractionTests
{
    private static ExtractedSource Extract(string prefix) =>
        new SourceExtractor().Extract(SeedFiles.Bytes(prefix), Path.GetFileName(SeedFiles.PathOf(prefix)));

    [Fact]
    public void Seed000_tweet_translation_has_author_and_day_month_date_without_year_and_no_view_counter()
    {
        var s = Extract("000");
        Assert.Equal(["Sriram Krishnan"], s.Authors);
        Assert.Equal(new PartialDate(null, 8, 28), s.PublishedDate);
        Assert.Equal(DatePrecision.DayAndMonth, s.PublishedDate.Precision);
        Assert.Equal("fr", s.Language);
        Assert.DoesNotContain("47,03K", s.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("22:26", s.Body, StringComparison.Ordinal);
        Assert.StartsWith("C'est exactement ça.", s.Body, StringComparison.Ordinal);
        Assert.EndsWith("c'est ce que le plan d'action sur l'IA vise à réaliser.", s.Body, StringComparison.Ordinal);
        Assert.Contains(s.Removals, r => r.Reason == RemovalReasons.ViewCounter && r.Text == "47,03K");
    }

    [Fact]
    public void Seed001_keeps_commentary_and_translation_drops_footer_and_marks_chinese_passages()
    {
        var s = Extract("001");
        Assert.Equal("Le PDG d'Anthropic soutient l'hégémonie américaine en matière d'IA en dénonçant la \"menace chinoise\".", s.Title);
        Assert.Equal("On DeepSeek and Export Controls", s.OriginalTitle);
        Assert.Equal("Cercle de partage de l'IA", s.Publication);
        Assert.Equal("fr", s.Language);
        Assert.False(s.PublishedDate.IsKnown);
        Assert.Empty(s.Authors);
        foreach (var furniture in new[] { "Articles connexes", "Pas de commentaires", "prière de ne pas reproduire", "© déclaration" })
        {
            Assert.DoesNotContain(furniture, s.Body, StringComparison.Ordinal);
        }
        Assert.Contains("lecture rapide", s.Body, StringComparison.Ordinal);
        Assert.EndsWith("ce qui n'est pas du tout justifié.", s.Body, StringComparison.Ordinal);
        var zh = s.Passages.Where(p => p.Language == "zh").Select(p => s.Body.Substring(p.Start, p.Length)).ToArray();
        Assert.Equal(2, zh.Length);
        Assert.StartsWith("作者认为严格的出口管制", zh[0], StringComparison.Ordinal);
        Assert.StartsWith("作者认为 AI 发展", zh[1], StringComparison.Ordinal);
        AssertCovers(s);
    }

    [Fact]
    public void Seed002_commentary_has_commentator_source_url_and_no_redirect_notice()
    {
        var s = Extract("002");
        Assert.Equal(["Patrick Bélanger"], s.Authors);
        Assert.Equal("https://i.redd.it/wlsi25dcn6ge1.png", s.SourceUrl);
        Assert.Equal("fr", s.Language);
        Assert.DoesNotContain("redirigé", s.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Article en référence", s.Body, StringComparison.Ordinal);
        Assert.StartsWith("Marc Andreessen, investisseur influent", s.Body, StringComparison.Ordinal);
        Assert.EndsWith("la gouvernance future de ces technologies.", s.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed003_podcast_page_keeps_the_english_essay_only()
    {
        var s = Extract("003");
        Assert.Equal("On China's open source AI trajectory", s.Title);
        Assert.Equal("en", s.Language);
        Assert.DoesNotContain(s.Body, c => ScriptClassifier.Of(c) is Script.Kana);
        Assert.StartsWith("Hello everyone!", s.Body, StringComparison.Ordinal);
        Assert.Contains(s.Removals, r => r.Reason == RemovalReasons.CoverArt);
        Assert.Contains(s.Removals, r => r.Reason == RemovalReasons.RepeatedTitle);
        Assert.Equal(3, s.Removals.Count(r => r.Reason == RemovalReasons.PageInterface));
        Assert.Contains(s.Removals, r => r.Text == "まだレビューはありません");
        Assert.All(s.Passages, p => Assert.Equal("en", p.Language));
    }

    [Fact]
    public void Seed004_article_pasted_twice_is_kept_once_with_outlet_and_day_month_date()
    {
        var s = Extract("004");
        Assert.StartsWith("OpenAI, AMD, CoreWeave et Microsoft se réunissent au Congrès", s.Title, StringComparison.Ordinal);
        Assert.Equal("ABMedia", s.Publication);
        Assert.Equal(new PartialDate(null, 5, 9), s.PublishedDate);
        Assert.Equal("fr", s.Language);
        Assert.Equal(1, Count(s.Body, "Sam Altman a d'abord déclaré"));
        Assert.Equal(1, Count(s.Body, "ils doivent impliquer tout le monde"));
        Assert.DoesNotContain("Voir l'original", s.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Aucun conseil en investissement", s.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Publié pour la première fois", s.Body, StringComparison.Ordinal);
        Assert.Single(s.Removals, r => r.Reason == RemovalReasons.RepeatedBlock);
        // The article's lines all survive, in their order.
        var lines = File.ReadAllLines(SeedFiles.PathOf("004"))[1..42];
        var at = 0;
        foreach (var line in lines)
        {
            var next = s.Body.IndexOf(line, at, StringComparison.Ordinal);
            Assert.True(next >= at, $"missing or out of order: {line}");
            at = next + line.Length;
        }
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Passages_cover_each_seed_body_in_order(string prefix) => AssertCovers(Extract(prefix));

    private static void AssertCovers(ExtractedSource s)
    {
        var at = 0;
        foreach (var p in s.Passages)
        {
            Assert.Equal(at, p.Start);
            at += p.Length;
        }
        Assert.Equal(s.Body.Length, at);
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
