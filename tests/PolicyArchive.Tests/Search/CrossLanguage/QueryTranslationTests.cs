using Lucene.Net.Search;

using PolicyArchive.Core.Search;
using PolicyArchive.Core.Search.Expansion;
using PolicyArchive.Core.Search.Lexicon;
using PolicyArchive.Core.Search.QueryLanguage;

namespace PolicyArchive.Tests.Search.CrossLanguage;

/// <summary>Structured query translation as a researcher sees it, on the development set indexed on disk.</summary>
public sealed class QueryTranslationTests(DevSetFixture fixture) : IClassFixture<DevSetFixture>
{
    private SearchResults Find(string query, bool expand = true) => fixture.Index.Search.Search(new SearchRequest(query, 1, 10, ExpandThesaurus: expand));

    private IReadOnlyList<string> Ids(string query, bool expand = true) => Find(query, expand).Hits.Select(h => h.PublicId).ToList();

    [Fact]
    public void An_english_word_finds_french_chinese_and_english_documents_and_says_which_translations_were_searched()
    {
        var results = Find("smuggling");
        Assert.Equal(["d-en-smuggling", "d-fr-contrebande", "d-zh-zousi"], results.Hits.Select(h => h.PublicId).Order().ToList());
        var expansion = Assert.Single(results.Expansions);
        Assert.Equal(ExpansionSource.Dictionary, expansion.Source);
        Assert.Contains("contrebande", expansion.AlsoSearched);
        Assert.Contains("走私", expansion.AlsoSearched);

        var typed = Find("smuggling", expand: false);
        Assert.Equal(["d-en-smuggling"], typed.Hits.Select(h => h.PublicId).ToList());
        Assert.Empty(typed.Expansions);
    }

    [Fact]
    public void Multi_word_entries_are_translated_before_their_words()
    {
        var results = Find("donnees d'entrainement");
        var expansion = Assert.Single(results.Expansions);
        Assert.Equal("donnees d'entrainement", expansion.Matched);
        Assert.Contains("training data", expansion.AlsoSearched);
        Assert.Contains("d-ja-gakushu", results.Hits.Select(h => h.PublicId));
    }

    [Fact]
    public void Chinese_is_segmented_with_the_dictionaries_and_each_word_translated()
    {
        var results = Find("芯片走私案件");
        Assert.Equal("d-zh-zousi", results.Hits[0].PublicId);
        Assert.Contains(results.Expansions, e => e.Matched == "走私");
        Assert.Contains(results.Expansions, e => e.Matched == "芯片");
    }

    [Fact]
    public void A_chinese_run_the_dictionaries_name_whole_is_not_split()
    {
        // Nine characters, longer than the segmenter once tried: 人工智能安全 | 研究所 lost the institute.
        var expansion = Assert.Single(Find("人工智能安全研究所").Expansions);
        Assert.Equal("人工智能安全研究所", expansion.Matched);
        Assert.Contains("AI Safety Institute", expansion.AlsoSearched);
    }

    [Fact]
    public void Latin_letters_glued_to_chinese_or_japanese_are_split_where_the_script_changes()
    {
        using var index = new TestIndex(
        [
            TestDocs.Make("therapie", "Santé mentale", "L'Illinois interdit la thérapie par IA sans psychologue agréé.", "fr"),
            TestDocs.Make("images", "Cinéma", "Les studios attaquent un générateur d'images par IA.", "fr"),
            TestDocs.Make("spa", "Bien-être", "Une thérapie par les plantes dans un spa de montagne.", "fr"),
            TestDocs.Make("auteur", "Création", "Le droit d'auteur face à l'IA générative.", "fr"),
            TestDocs.Make("gpt", "Évaluation", "Le modèle GPT-4o évalué par l'institut de sécurité.", "fr"),
            TestDocs.Make("video", "Plateformes", "Une plateforme retire les vidéos générées par IA.", "fr"),
            // Images without AI: what « ai » dropped as a French word would let through.
            TestDocs.Make("photos", "Photographie", "Une banque d'images libres de droits pour la presse.", "fr"),
        ]);
        var search = new SearchService(index.Index, index.Bodies, index.Thesaurus, CrossLanguageLexicon.Shared);
        IReadOnlyList<string> Ids(string query) => search.Search(new SearchRequest(query)).Hits.Select(h => h.PublicId).ToList();

        // As typed, "AIセラピー" and "AI图像" are words no text holds: each once found nothing at all.
        Assert.Equal(["therapie"], Ids("AIセラピー"));
        Assert.Equal(["images"], Ids("AI图像"));
        // Two or three Latin letters glued so are an acronym, not French « ai »; a particle (と) is not required.
        Assert.Equal(["images"], Ids("ai图像"));
        Assert.Equal(["auteur"], Ids("AIと著作権"));
        // A model's name keeps its hyphen; a glued word in an OR group is split too.
        Assert.Equal(["gpt"], Ids("GPT-4o模型"));
        Assert.Equal(["images", "video"], Ids("AI图像 OR AI视频").Order().ToList());
        // A glued word the dictionaries know whole stays whole.
        Assert.Contains(search.Search(new SearchRequest("AI法")).Expansions, e => e.Matched == "AI法");
        // A misspelt piece is corrected inside the glued word, and "did you mean" offers the whole word corrected.
        var misspelt = search.Search(new SearchRequest("AI therapei图像"));
        Assert.Contains(misspelt.Corrections, c => c.Original == "therapei图像" && c.Suggestion == "therapie图像");
        Assert.Equal("AI therapie图像", misspelt.DidYouMean);
    }

    [Fact]
    public void Katakana_that_does_not_split_wholly_into_headwords_stays_whole()
    {
        using var index = new TestIndex(
        [
            TestDocs.Make("washing", "Regulators and AI washing", "The regulator fined two advisers for AI washing: claims of AI their products did not use.", "en"),
        ]);
        var search = new SearchService(index.Index, index.Bodies, index.Thesaurus, CrossLanguageLexicon.Shared);
        // ウォッシング is a loanword the dictionaries lack; cut at the headword シン ("thin") it required ウォッ, which no
        // text holds. Whole, it is heard by its sound (washing), alone or glued to a word the dictionaries know.
        foreach (var query in new[] { "AIウォッシング", "ウォッシング規制 AI" })
        {
            var results = search.Search(new SearchRequest(query));
            Assert.Contains("washing", results.Hits.Select(h => h.PublicId));
            Assert.DoesNotContain(results.Expansions, e => e.Matched == "シン");
        }
    }

    [Fact]
    public void Names_and_model_numbers_pass_through_untranslated()
    {
        Assert.NotEmpty(CrossLanguageLexicon.Shared.Translate("falcon"));
        Assert.DoesNotContain(Find("open Falcon").Expansions, e => e.Matched == "Falcon");
        // The domain lexicon knows Llama as a model's name: never the animal.
        Assert.DoesNotContain(CrossLanguageLexicon.Shared.Translate("llama"), t => t.Text == "骆马");
        Assert.DoesNotContain(Find("export H20").Expansions, e => e.Matched == "H20");
        // A name the domain lexicon knows in other languages is still searched under those names.
        Assert.Contains(Find("Huawei chips").Expansions, e => e.AlsoSearched.Contains("华为"));
    }

    [Fact]
    public void A_word_with_many_translations_counts_as_one_concept()
    {
        var built = new LuceneQueryBuilder(fixture.Index.Index.Analyzers, fixture.Index.Thesaurus.Current, CrossLanguageLexicon.Shared)
            .Build(ResearcherQueryParser.Parse("contrebande douanes"), new QueryOptions(), null);
        var required = ((BooleanQuery)built.Query).Clauses.Where(c => c.Occur == Occur.MUST).ToList();
        Assert.Equal(2, required.Count);
        Assert.All(required, c => Assert.IsType<DisjunctionMaxQuery>(c.Query));

        // Ranked: a document holding every translation of one word does not outscore one holding a translation of each.
        var lexicon = CrossLanguageLexicon.FromLines(["en\talpha\tfr:lune:8|fr:soleil:8", "en\tbeta\tfr:zebre:8"]);
        using var index = new TestIndex(
        [
            TestDocs.Make("both", "Note", "lune zèbre plaine", "fr"),
            TestDocs.Make("many", "Note", "lune soleil zèbre", "fr"),
            // Both translations equally rare, so only how they are combined can tell the two documents apart.
            TestDocs.Make("other", "Note", "soleil nuit", "fr"),
        ]);
        var hits = new SearchService(index.Index, index.Bodies, index.Thesaurus, lexicon).Search(new SearchRequest("alpha beta")).Hits;
        var (both, many) = (hits.Single(h => h.PublicId == "both").Score, hits.Single(h => h.PublicId == "many").Score);
        Assert.True(many < both * 1.3f, $"many translations {many}, one of each {both}");
    }

    [Fact]
    public void An_author_or_outlet_typed_as_plain_words_finds_the_documents()
    {
        Assert.Equal("d-fr-contrebande", Ids("Dubois")[0]);
        Assert.Equal("d-fr-contrebande", Ids("Claire Dubois")[0]);
        Assert.Equal("d-en-deepfake", Ids("Civic Review")[0]);
        Assert.Equal(["d-ja-deepfake", "d-ja-gakushu"], Ids("日経テック").Order().ToList());
    }

    [Fact]
    public void Distractors_that_use_the_words_in_another_sense_rank_below_the_concept()
    {
        static int Rank(IReadOnlyList<string> ids, string id) => ids.ToList().IndexOf(id) is var i and >= 0 ? i : int.MaxValue;

        var language = Ids("modèle de langage");
        Assert.True(Rank(language, "d-fr-langage") < Rank(language, "d-fr-mode"), string.Join(", ", language));
        var exports = Ids("contrôle des exportations");
        Assert.Equal("d-fr-controle-export", exports[0]);
        Assert.True(Rank(exports, "d-fr-controle-export") < Rank(exports, "d-fr-ecole"));
        var english = Ids("export controls");
        Assert.True(Rank(english, "d-fr-controle-export") < Rank(english, "d-en-spreadsheet"), string.Join(", ", english));
    }
}
