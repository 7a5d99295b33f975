using PolicyArchive.Core.Search;
using PolicyArchive.Core.Search.Expansion;

namespace PolicyArchive.Tests.Search.CrossLanguage;

/// <summary>China or Japan in a query of several words is also met by a text written in Chinese or Japanese that does
/// not name its own country, as a country's own press seldom does. A real on-disk index with the thesaurus and the
/// dictionaries; so few texts hold every concept here that those holding some follow them (the relaxed pass), so the
/// tests read the first hits and the notice.</summary>
public sealed class HomeLanguageSearchTests : IDisposable
{
    private readonly TestIndex _index = new(
    [
        TestDocs.Make("zh-bureau", "国家数据局公布首批基地名单", "国家数据局公布首批数据标注基地名单，七个城市入选。", "zh"),
        TestDocs.Make("fr-chine", "La Chine mise sur l'annotation des données", "Pékin veut faire de l'annotation des données une industrie : la Chine compte des milliers d'annotateurs.", "fr"),
        TestDocs.Make("fr-inde", "L'Inde, capitale de l'annotation des données", "En Inde, l'annotation des données emploie des milliers de personnes : l'annotation des données est un métier.", "fr"),
        TestDocs.Make("zh-taipei", "数位发展部推动数据标注产业", "数位发展部宣布补助数据标注业者，协助人工智能训练。", "zh-TW"),
        TestDocs.Make("ja-ministry", "防衛省、AI活用の基本方針", "防衛省はAI活用の基本方針を初めて策定し、七つの重点分野を示した。", "ja"),
        // An English text quoting the ministry's name: a Japanese passage, but no Japanese text.
        TestDocs.Make("en-quote", "Tokyo's defence plan and AI", "The defence ministry published its first AI policy.\n防衛省のAI活用推進基本方針\nIt names seven priority areas.", "en",
            passages: TestDocs.ScriptPassages("The defence ministry published its first AI policy.\n防衛省のAI活用推進基本方針\nIt names seven priority areas.", "en")),
        TestDocs.Make("en-korea", "Seoul raises chip tax credits", "Korea's parliament raised tax credits for AI chip plants.", "en"),
    ]);

    private SearchResults Find(string query, bool expand = true) => _index.Search.Search(new SearchRequest(query, 1, 20, ExpandThesaurus: expand));

    private IReadOnlyList<string> Ids(string query, bool expand = true) => Find(query, expand).Hits.Select(h => h.PublicId).ToList();

    [Fact]
    public void A_chinese_text_that_does_not_name_china_meets_china_in_a_query_and_also_searched_says_so()
    {
        // Both texts hold both concepts; the Indian one, which says data annotation most, only that one, so it follows
        // them; the Taiwanese text, tagged zh-TW, is not taken for China's news.
        var results = Find("data annotation China");
        Assert.Equal(["fr-chine", "zh-bureau"], results.Hits.Take(2).Select(h => h.PublicId).Order());
        Assert.DoesNotContain("zh-taipei", results.Hits.Take(2).Select(h => h.PublicId));
        Assert.Contains(results.Expansions, e => e.ConceptKey == "home-language" && e.Matched == "China" && e.AlsoSearched.SequenceEqual(["lang:zh"]));
        Assert.Equal(["fr-chine", "zh-bureau"], Ids("annotation des donnees chine").Take(2).Order());
        // Switched off, the query is searched as typed: no text in another language, none for its language.
        Assert.DoesNotContain("zh-bureau", Ids("data annotation China", expand: false));
    }

    [Fact]
    public void A_japanese_text_meets_japan_but_a_text_that_only_quotes_japanese_does_not()
    {
        // The Japanese text holds every concept, so the page says a few do (not none); the Korean text and the English
        // one quoting 防衛省 hold AI, not Japan: they only follow, among texts holding some of the query.
        foreach (var query in new[] { "AI Japan", "IA Japon", "日本 AI" })
        {
            var results = Find(query);
            Assert.Equal("ja-ministry", results.Hits[0].PublicId);
            Assert.Contains(SearchMessages.FewHoldEvery, results.Notices);
        }
    }

    [Fact]
    public void The_country_typed_alone_finds_the_texts_that_name_it_not_every_text_in_its_language()
    {
        Assert.Equal(["fr-chine"], Ids("Chine"));
        Assert.DoesNotContain(Find("Chine").Expansions, e => e.ConceptKey == "home-language");
    }

    public void Dispose() => _index.Dispose();
}
