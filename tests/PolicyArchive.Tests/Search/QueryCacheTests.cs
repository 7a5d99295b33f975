using PolicyArchive.Core.Search;
using PolicyArchive.Core.Search.Lexicon;

namespace PolicyArchive.Tests.Search;

/// <summary>What searches remember between queries (analysed short texts, dictionary translations, spelling
/// suggestions) must never answer differently from working it out again, and must follow the index as it grows.</summary>
public sealed class QueryCacheTests
{
    [Fact]
    public void A_misspelt_word_is_corrected_to_a_word_indexed_after_the_first_search()
    {
        using var index = new TestIndex([TestDocs.Make("a", "Puces", "Les puces et la Chine.", "fr")]);
        var before = index.Find("quantiqe");
        Assert.Equal(0, before.Total);
        Assert.DoesNotContain(before.Corrections, c => c.Suggestion == "quantique");

        index.Index.Upsert([TestDocs.Make("b", "Calcul", "Le calcul quantique et les puces.", "fr")]);
        index.Index.Commit();

        var after = index.Find("quantiqe");
        Assert.Equal(["b"], after.Hits.Select(h => h.PublicId));
        Assert.Contains(after.Corrections, c => c is { Suggestion: "quantique", Applied: true });
    }

    [Fact]
    public void Analysing_a_short_text_twice_gives_the_same_tokens_as_the_first_time()
    {
        using var index = new TestIndex([], withThesaurus: false);
        var field = IndexFields.BodyPrefix + IndexFields.Fr;
        var first = index.Index.Analyzers.Analyze(field, "contrôles à l'exportation").ToList();
        var second = index.Index.Analyzers.Analyze(field, "contrôles à l'exportation");
        Assert.Equal(first, second);
        Assert.Equal(2, first.Count);
        var longText = string.Join(' ', Enumerable.Repeat("contrôles à l'exportation", 10));
        Assert.Equal(20, index.Index.Analyzers.Analyze(field, longText).Count);
    }

    [Fact]
    public void A_translation_looked_up_again_is_the_same()
    {
        var lexicon = CrossLanguageLexicon.FromLines(["en\tsmuggling\tfr:contrebande:10|zh:走私:8"]);
        var first = lexicon.Translate("smuggling");
        var again = lexicon.Translate("smuggling");
        Assert.Equal(first, again);
        Assert.Contains(first, t => t is { Language: "fr", Text: "contrebande" });
        // The same words asked with another option are not answered from the first lookup.
        var general = CrossLanguageLexicon.FromLines(["en\tsmuggling\tfr:contrebande:7"]);
        Assert.NotEmpty(general.Translate("smuggling"));
        Assert.Empty(general.Translate("smuggling", domainOnly: true));
    }
}
