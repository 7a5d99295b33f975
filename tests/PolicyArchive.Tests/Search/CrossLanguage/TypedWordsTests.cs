using PolicyArchive.Core.Search;
using PolicyArchive.Core.Search.Lexicon;

namespace PolicyArchive.Tests.Search.CrossLanguage;

/// <summary>How typed words become concepts: acronyms, English possessives, and queries no document answers whole.</summary>
public sealed class TypedWordsTests
{
    private static SearchResults Find(TestIndex index, CrossLanguageLexicon lexicon, string query) =>
        new SearchService(index.Index, index.Bodies, index.Thesaurus, lexicon).Search(new SearchRequest(query));

    [Fact]
    public void An_acronym_in_capitals_is_a_concept_even_where_it_spells_a_stop_word()
    {
        // « ai » is a French stop word (j'ai); "AI" typed in capitals is the acronym, and translates.
        var lexicon = CrossLanguageLexicon.FromLines(["en\tai\tzh:人工智能:10|fr:IA:10"]);
        using var index = new TestIndex(
        [
            TestDocs.Make("zh", "人工智能监管", "人工智能监管办法公布。", "zh"),
            TestDocs.Make("fr", "Note", "Une note sur les abeilles.", "fr"),
        ], withThesaurus: false);
        var results = Find(index, lexicon, "AI");
        Assert.Equal(["zh"], results.Hits.Select(h => h.PublicId));
        Assert.Contains(results.Expansions, e => e.Matched == "AI" && e.AlsoSearched.Contains("人工智能"));
    }

    [Fact]
    public void An_english_possessive_translates_as_its_word()
    {
        var lexicon = CrossLanguageLexicon.FromLines(["en\tchildren\tfr:enfants:8"]);
        using var index = new TestIndex([TestDocs.Make("fr", "Écrans", "Les enfants et les écrans.", "fr")], withThesaurus: false);
        var results = Find(index, lexicon, "children's");
        Assert.Equal(["fr"], results.Hits.Select(h => h.PublicId));
        Assert.Contains(results.Expansions, e => e.Matched == "children's" && e.AlsoSearched.Contains("enfants"));
    }

    [Fact]
    public void A_misspelt_word_translates_as_the_word_it_is_corrected_to()
    {
        var lexicon = CrossLanguageLexicon.FromLines(["en\tsettlement\tfr:règlement amiable:8"]);
        using var index = new TestIndex(
        [
            TestDocs.Make("en", "Settlement", "The settlement was approved by the court.", "en"),
            TestDocs.Make("fr", "Loyers", "Un règlement amiable a été trouvé avec les locataires.", "fr"),
        ], withThesaurus: false);
        var results = Find(index, lexicon, "settlment");
        Assert.Equal(["en", "fr"], results.Hits.Select(h => h.PublicId).Order());
        Assert.Contains(results.Expansions, e => e.Matched == "settlement" && e.AlsoSearched.Contains("règlement amiable"));
    }

    [Fact]
    public void A_long_translation_is_found_with_its_words_in_another_order_but_not_scattered()
    {
        var lexicon = CrossLanguageLexicon.FromLines(["ja\tai事業者ガイドライン\tfr:lignes directrices sur l'IA pour les entreprises:10"]);
        using var index = new TestIndex(
        [
            TestDocs.Make("reordered", "Japon", "Tokyo publie ses lignes directrices pour les entreprises de l'IA, sans loi contraignante.", "fr"),
            TestDocs.Make("scattered", "Réseau", "Les lignes de bus changent. Les directrices d'école protestent contre la réforme des horaires"
                + " votée hier soir. Les entreprises du quartier, elles, misent sur l'IA.", "fr"),
        ], withThesaurus: false);
        Assert.Equal(["reordered"], Find(index, lexicon, "AI事業者ガイドライン").Hits.Select(h => h.PublicId));
    }

    [Fact]
    public void A_query_no_document_answers_half_of_still_shows_those_holding_one_concept_below_those_holding_more()
    {
        var lexicon = CrossLanguageLexicon.FromLines(["en\tgaokao\tzh:高考:7"]);
        using var index = new TestIndex(
        [
            TestDocs.Make("one", "高考", "高考期间暂停拍照识题。", "zh"),
            TestDocs.Make("two", "Zèbres", "Un zèbre et le 高考.", "fr"),
            TestDocs.Make("none", "Abeilles", "Les abeilles.", "fr"),
        ], withThesaurus: false);
        // Four concepts: no document holds two of them but "two"; "one" holds one.
        var results = Find(index, lexicon, "gaokao zèbre licorne confiture");
        Assert.Equal(["two", "one"], results.Hits.Select(h => h.PublicId));
        Assert.Contains("No document holds every word; these hold some of them.", results.Notices);
    }

    [Fact]
    public void A_search_by_last_change_finds_those_holding_some_concepts_as_the_ranked_one_does()
    {
        // The search feed's order: a query no document answers whole follows the same documents as its results page.
        var lexicon = CrossLanguageLexicon.FromLines(["en\tgaokao\tzh:高考:7"]);
        var newer = TestDocs.Make("one", "高考", "高考期间暂停拍照识题。", "zh");
        newer.UpdatedAt = DateTime.UtcNow.AddDays(1);
        using var index = new TestIndex(
        [
            newer,
            TestDocs.Make("two", "Zèbres", "Un zèbre et le 高考.", "fr"),
            TestDocs.Make("none", "Abeilles", "Les abeilles.", "fr"),
        ], withThesaurus: false);
        var results = new SearchService(index.Index, index.Bodies, index.Thesaurus, lexicon)
            .Search(new SearchRequest("gaokao zèbre licorne confiture", PageSize: SearchRequest.MaxPageSize, Sort: SearchSort.LastChanged));
        Assert.Equal(["one", "two"], results.Hits.Select(h => h.PublicId).Order());
        Assert.Contains("No document holds every word; these hold some of them.", results.Notices);
    }
}
