namespace PolicyArchive.Tests.Search.CrossLanguage;

/// <summary>China or Japan in a query is also met by a text in Chinese or Japanese that does not name its own country,
/// as a country's own press seldom does. A real on-disk index with the thesaurus and the dictionaries; so few texts
/// hold every concept here that those holding some follow them (the relaxed pass), so the tests read the first hits.</summary>
public sealed class HomeLanguageSearchTests : IDisposable
{
    private readonly TestIndex _index = new(
    [
        TestDocs.Make("zh-bureau", "国家数据局公布首批基地名单", "国家数据局公布首批数据标注基地名单，七个城市入选。", "zh"),
        TestDocs.Make("fr-chine", "La Chine mise sur l'annotation des données", "Pékin veut faire de l'annotation des données une industrie : la Chine compte des milliers d'annotateurs.", "fr"),
        TestDocs.Make("fr-inde", "L'Inde, capitale de l'annotation des données", "En Inde, l'annotation des données emploie des milliers de personnes : l'annotation des données est un métier.", "fr"),
        TestDocs.Make("ja-ministry", "防衛省、AI活用の基本方針", "防衛省はAI活用の基本方針を初めて策定し、七つの重点分野を示した。", "ja"),
        TestDocs.Make("en-korea", "Seoul raises chip tax credits", "Korea's parliament raised tax credits for AI chip plants.", "en"),
    ]);

    private IReadOnlyList<string> Ids(string query, bool expand = true) =>
        _index.Search.Search(new Core.Search.SearchRequest(query, 1, 20, ExpandThesaurus: expand)).Hits.Select(h => h.PublicId).ToList();

    [Fact]
    public void A_chinese_text_that_does_not_name_china_meets_china_in_a_query()
    {
        // Both texts hold both concepts; the Indian one, which says data annotation most, only that one, so it follows them.
        Assert.Equal(["fr-chine", "zh-bureau"], Ids("data annotation China").Take(2).Order());
        Assert.Equal("fr-inde", Ids("data annotation China")[2]);
        Assert.Equal(["fr-chine", "zh-bureau"], Ids("annotation des donnees chine").Take(2).Order());
        // Switched off, the query is searched as typed: no text in another language, none for its language.
        Assert.DoesNotContain("zh-bureau", Ids("data annotation China", expand: false));
    }

    [Fact]
    public void A_japanese_text_meets_japan_and_a_text_in_another_language_still_has_to_name_the_country()
    {
        // The Japanese text holds every concept, so the page says a few do (not none); the Korean text holds AI, not
        // Japan: it only follows, among texts holding some of the query.
        // 日本 typed is the country too, though it is not among its own translations.
        foreach (var query in new[] { "AI Japan", "IA Japon", "日本 AI" })
        {
            var results = _index.Find(query);
            Assert.Equal(["ja-ministry", "en-korea"], results.Hits.Select(h => h.PublicId));
            Assert.Contains(Core.Search.SearchMessages.FewHoldEvery, results.Notices);
        }
    }

    public void Dispose() => _index.Dispose();
}
