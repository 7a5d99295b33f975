using PolicyArchive.Core.Search;
using PolicyArchive.Core.Search.Expansion;

namespace PolicyArchive.Tests.Search.CrossLanguage;

/// <summary>Names no dictionary gives in the other script, found by their sound (katakana ↔ Latin letters), on a real
/// on-disk index with the thesaurus and the dictionaries.</summary>
public sealed class SoundOfNamesTests : IDisposable
{
    private readonly TestIndex _index = new(
    [
        TestDocs.Make("ja-nexperia", "半導体の供給停滞　自動車メーカーが減産",
            "ネクスペリア製の汎用半導体の輸出が止まり、ホンダは北米の工場で生産調整に入った。", "ja"),
        TestDocs.Make("ja-other", "トヨタの新工場",
            "トヨタは北米の工場で電池の生産を始めた。汎用半導体の調達先も増やす。", "ja"),
        TestDocs.Make("fr-romanche", "Un modèle de langue pour le romanche",
            "Une équipe de Coire entraîne un modèle de langue pour le romanche, quatrième langue nationale suisse.", "fr"),
        TestDocs.Make("fr-italien", "Un modèle de langue pour l'italien",
            "Une équipe de Lugano entraîne un modèle de langue pour l'italien parlé au Tessin.", "fr"),
        TestDocs.Make("ja-actress", "AI女優に俳優組合が反発",
            "AIで生成された架空の女優「ティリー・ノーウッド」をめぐり、米ハリウッドで反発が広がっている。", "ja"),
        TestDocs.Make("en-agent", "Talent agents and synthetic performers",
            "Agents in Hollywood say studios asked about a synthetic performer this autumn.", "en"),
    ]);

    private SearchResults Find(string query, bool expand = true) => _index.Search.Search(new SearchRequest(query, 1, 10, ExpandThesaurus: expand));

    [Fact]
    public void A_name_typed_in_latin_letters_finds_the_japanese_text_that_writes_it_in_katakana_and_marks_it()
    {
        var results = Find("Nexperia");
        var hit = Assert.Single(results.Hits);
        Assert.Equal("ja-nexperia", hit.PublicId);
        Assert.Contains("ネクスペリア", hit.Snippet.Where(s => s.Highlighted).Select(s => s.Text));
        var heard = Assert.Single(results.Expansions, e => e.Source == ExpansionSource.Sound);
        Assert.Equal("Nexperia", heard.Matched);
        Assert.Equal(["ネクスペリア"], heard.AlsoSearched);

        Assert.Empty(Find("Nexperia", expand: false).Hits);
    }

    [Fact]
    public void Another_name_of_the_same_length_is_not_found()
    {
        Assert.Equal(["ja-nexperia"], Find("Honda").Hits.Select(h => h.PublicId));
        Assert.Equal(["ja-other"], Find("Toyota").Hits.Select(h => h.PublicId));
    }

    [Fact]
    public void A_name_typed_in_katakana_finds_the_french_text_that_spells_it_and_marks_it()
    {
        var results = Find("ロマンシュ語");
        Assert.Equal("fr-romanche", results.Hits[0].PublicId);
        Assert.DoesNotContain("fr-italien", results.Hits.Select(h => h.PublicId));
        Assert.Contains(results.Hits[0].Snippet.Where(s => s.Highlighted).Select(s => s.Text), w => w.Equals("romanche", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_document_page_marks_the_name_found_by_its_sound()
    {
        var segments = _index.Search.Highlight("ネクスペリア製の汎用半導体の輸出が止まり", "Nexperia");
        Assert.Equal(["ネクスペリア"], segments.Where(s => s.Highlighted).Select(s => s.Text));
    }

    [Fact]
    public void A_full_name_typed_in_latin_letters_finds_the_katakana_name_written_with_a_middle_dot()
    {
        // Neither "Tilly" nor "Norwood" has consonants enough for a key of its own: the two names are heard as one.
        var results = Find("Tilly Norwood");
        var hit = Assert.Single(results.Hits);
        Assert.Equal("ja-actress", hit.PublicId);
        Assert.Contains("ティリー・ノーウッド", hit.Snippet.Where(s => s.Highlighted).Select(s => s.Text));
        var heard = Assert.Single(results.Expansions, e => e.Source == ExpansionSource.Sound);
        Assert.Equal("Tilly Norwood", heard.Matched);

        Assert.Empty(Find("Tilly Norwood", expand: false).Hits);
        // The names in the other order sound like no katakana name: two words, each required, that no text holds.
        Assert.Empty(Find("Norwood Tilly").Hits);
    }

    public void Dispose() => _index.Dispose();
}
