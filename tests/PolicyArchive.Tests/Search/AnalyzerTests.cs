using PolicyArchive.Core.Search;
using PolicyArchive.Core.Search.Analysis;

namespace PolicyArchive.Tests.Search;

public sealed class AnalyzerTests : IDisposable
{
    private readonly ArchiveAnalyzers _analyzers = new();

    private string[] Terms(string suffix, string text) =>
        _analyzers.Analyze(IndexFields.BodyPrefix + suffix, text).Select(t => t.Term).ToArray();

    [Fact]
    public void French_removes_elision_stop_words_accents_and_plural()
    {
        Assert.Equal(Terms(IndexFields.Fr, "puce"), Terms(IndexFields.Fr, "puces"));
        Assert.Equal(Terms(IndexFields.Fr, "etats unis"), Terms(IndexFields.Fr, "États-Unis"));
        Assert.Equal(Terms(IndexFields.Fr, "exportation"), Terms(IndexFields.Fr, "l’exportation"));
        Assert.Equal(Terms(IndexFields.Fr, "exportation"), Terms(IndexFields.Fr, "d'exportation"));
        Assert.Empty(Terms(IndexFields.Fr, "le la les des du"));
    }

    [Fact]
    public void English_strips_possessives_and_stems()
    {
        Assert.Equal(["china"], Terms(IndexFields.En, "China’s"));
        Assert.Equal(Terms(IndexFields.En, "control"), Terms(IndexFields.En, "controls"));
        Assert.Empty(Terms(IndexFields.En, "the of and"));
    }

    [Fact]
    public void Cjk_makes_overlapping_bigrams()
    {
        Assert.Equal(["出口", "口管", "管制"], Terms(IndexFields.Cjk, "出口管制"));
        Assert.Equal(["デー", "ータ", "タセ", "セン", "ンタ", "ター"], Terms(IndexFields.Cjk, "データセンター"));
    }

    [Fact]
    public void Chinese_inside_french_text_is_bigrammed_by_every_analyzer()
    {
        foreach (var suffix in IndexFields.TextSuffixes)
        {
            var terms = Terms(suffix, "perspectives d'avenir: 作者认为严格的出口管制是关键");
            Assert.Contains("出口", terms);
            Assert.Contains("管制", terms);
        }
    }

    [Fact]
    public void Folding_keeps_names_and_model_numbers_unstemmed()
    {
        Assert.Equal(["h800", "qwen", "coreweave", "controls"], Terms(IndexFields.Fold, "H800 Qwen CoreWeave controls"));
    }

    [Fact]
    public void Folding_removes_accents_without_stemming()
    {
        Assert.Equal(["etats", "unis"], Terms(IndexFields.Fold, "États-Unis"));
        Assert.Equal(["puces"], Terms(IndexFields.Fold, "puces"));
        Assert.Equal(["exportation"], Terms(IndexFields.Fold, "l’exportation"));
    }

    [Fact]
    public void Offsets_point_into_the_original_text()
    {
        const string text = "Les États-Unis et 中国";
        var tokens = _analyzers.Analyze(IndexFields.BodyPrefix + IndexFields.Fold, text);
        Assert.NotEmpty(tokens);
        foreach (var token in tokens)
        {
            Assert.InRange(token.Start, 0, text.Length);
            Assert.InRange(token.End, token.Start + 1, text.Length);
        }
        var etats = _analyzers.Analyze(IndexFields.BodyPrefix + IndexFields.Fr, text).First();
        Assert.Equal("États", text[etats.Start..etats.End]);
    }

    [Theory]
    [InlineData("fr", IndexFields.Fr)]
    [InlineData("fr-CA", IndexFields.Fr)]
    [InlineData("en", IndexFields.En)]
    [InlineData("zh-Hans", IndexFields.Cjk)]
    [InlineData("ja", IndexFields.Cjk)]
    [InlineData("de", IndexFields.Fold)]
    [InlineData("und", IndexFields.Fold)]
    public void Passage_language_chooses_the_field(string language, string suffix) =>
        Assert.Equal(suffix, IndexFields.SuffixFor(language));

    public void Dispose() => _analyzers.Dispose();
}
