using PolicyArchive.Core.Search;

namespace PolicyArchive.Tests.Search;

public sealed class SearchServiceTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly TestIndex _index = fixture.Index;

    [Fact]
    public void English_export_controls_finds_french_documents_about_controles_a_l_exportation()
    {
        var results = _index.Find("export controls", 20);
        var ids = results.Hits.Select(h => h.PublicId).ToList();
        Assert.Contains("s002", ids.Take(5));
        Assert.Contains("s001", ids);
        Assert.Contains("zh-chips", ids);
        Assert.Contains("ja-export", ids);
        var expansion = Assert.Single(results.Expansions);
        Assert.Equal("export-controls", expansion.ConceptKey);
        Assert.Contains("contrôles à l'exportation", expansion.AlsoSearched);
        Assert.Contains("出口管制", expansion.AlsoSearched);
    }

    [Fact]
    public void Expansion_can_be_turned_off()
    {
        var results = _index.Search.Search(new SearchRequest("export controls", PageSize: 20, ExpandThesaurus: false));
        Assert.Empty(results.Expansions);
        Assert.False(results.ExpandThesaurus);
        // zh-chips is still found, through its English tag "export controls" (plain words match tags), never through
        // Chinese words: every hit's highlighted words are the words as typed.
        Assert.All(results.Hits.SelectMany(h => h.Snippet).Where(s => s.Highlighted), s => Assert.DoesNotContain("出口", s.Text, StringComparison.Ordinal));
        Assert.Contains("en-chips", results.Hits.Select(h => h.PublicId));
    }

    [Fact]
    public void Puce_finds_puces_and_chips()
    {
        var ids = _index.Ids("puce", 20);
        Assert.Contains("fr-huawei", ids);   // "puces"
        Assert.Contains("en-chips", ids);    // "chips", through the thesaurus
        Assert.Contains("zh-chips", ids);    // 芯片
    }

    [Theory]
    [InlineData("chips,puces")]
    [InlineData("chips/puces")]
    [InlineData("chips.puces")]
    public void Words_joined_by_punctuation_find_what_the_words_apart_find(string joined)
    {
        var apart = _index.Ids("chips puces", 20);
        Assert.NotEmpty(apart);
        Assert.Equal(apart, _index.Ids(joined, 20));
    }

    [Fact]
    public void An_unknown_field_is_searched_as_plain_words_and_the_results_say_so()
    {
        var results = _index.Find("site:chips", 20);
        Assert.Contains("en-chips", results.Hits.Select(h => h.PublicId));
        Assert.Contains(SearchMessages.Format(SearchMessages.UnknownField, "site"), results.Notices);
    }

    [Fact]
    public void Etats_unis_without_accents_finds_Etats_Unis()
    {
        var results = _index.Find("etats unis", 20);
        var ids = results.Hits.Select(h => h.PublicId).ToList();
        Assert.Contains("s004", ids);
        Assert.Contains("s001", ids);
        var hit = results.Hits.First(h => h.PublicId == "s004");
        Assert.Contains(hit.Snippet, s => s.Highlighted && s.Text.StartsWith("États", StringComparison.Ordinal));
    }

    [Fact]
    public void Typo_Deepsek_finds_DeepSeek_and_suggests_the_spelling()
    {
        var results = _index.Find("Deepsek");
        var ids = results.Hits.Select(h => h.PublicId).ToList();
        Assert.Contains("s001", ids);
        Assert.Contains("s002", ids);
        Assert.Contains("s003", ids);
        Assert.Equal("deepseek", results.DidYouMean);
        Assert.Contains(results.Corrections, c => c is { Original: "Deepsek", Suggestion: "deepseek", Applied: true });
    }

    [Fact]
    public void Chinese_query_finds_the_chinese_sentences_inside_a_french_text()
    {
        var ids = _index.Ids("数据中心里的天才国家");
        Assert.Equal("s001", ids[0]);
    }

    [Fact]
    public void Japanese_query_finds_the_japanese_page_around_an_english_essay()
    {
        var ids = _index.Ids("ポッドキャスト");
        Assert.Equal(["s003"], ids);
    }

    [Fact]
    public void Model_numbers_are_found_exactly()
    {
        Assert.Equal("s001", _index.Ids("H800")[0]);
        Assert.Contains("en-chips", _index.Ids("h20"));
        Assert.Contains("s004", _index.Ids("CoreWeave"));
    }

    [Fact]
    public void Exclusion_removes_documents()
    {
        var all = _index.Ids("DeepSeek", 20);
        var without = _index.Ids("DeepSeek -Anthropic", 20);
        Assert.Contains("s002", all);
        Assert.DoesNotContain("s002", without);
        Assert.DoesNotContain("s001", without);
        Assert.Contains("s003", without);
    }

    [Fact]
    public void Or_finds_either_term()
    {
        var ids = _index.Ids("Ricardo OR CoreWeave", 20);
        Assert.Contains("s002", ids);
        Assert.Contains("s004", ids);
        Assert.Empty(_index.Ids("Ricardo CoreWeave"));
    }

    [Fact]
    public void Field_filters_narrow_results()
    {
        Assert.Equal(["s000"], _index.Ids("author:krishnan"));
        Assert.Contains("ja-export", _index.Ids("lang:ja", 20));
        Assert.All(_index.Ids("lang:ja", 20), id => Assert.True(id.StartsWith("ja-", StringComparison.Ordinal) || id == "s003"));
        Assert.Contains("s001", _index.Ids("lang:zh", 20)); // French text with Chinese passages
        Assert.Equal(["en-chips", "en-weights"], _index.Ids("publication:\"policy wire\"").Order().ToList());
        Assert.Equal(["en-copyright", "fr-auteur"], _index.Ids("tag:copyright").Order().ToList());
    }

    [Fact]
    public void Date_ranges_use_the_known_precision()
    {
        var after = _index.Ids("after:2025-06", 50);
        Assert.Contains("s003", after);       // 2025-09
        Assert.Contains("en-weights", after); // 2025-06-01
        Assert.DoesNotContain("s004", after); // 2025-05-09
        Assert.DoesNotContain("s000", after); // no year: never in a date range
        var before = _index.Ids("before:2025", 50);
        Assert.Equal(["en-copyright", "en-power", "fr-auteur", "fr-securite", "zh-dc"], before.Order().ToList());
    }

    [Fact]
    public void Prefix_matches_word_beginnings()
    {
        var ids = _index.Ids("hégémon*", 20);
        Assert.Contains("s001", ids);
        Assert.Contains("s001", _index.Ids("hegemon*", 20));
    }

    [Fact]
    public void Phrase_must_be_exact()
    {
        Assert.Contains("s002", _index.Ids("\"marché automobile\""));
        Assert.Empty(_index.Ids("\"automobile marché\""));
    }

    [Fact]
    public void Facets_count_every_hit_and_narrow_when_selected()
    {
        var results = _index.Find("lang:fr");
        var lang = results.Facets.Single(f => f.Field == IndexFields.Language);
        Assert.Equal(results.Total, lang.Values.Single(v => v.Value == "fr").Count);
        Assert.Contains(lang.Values, v => v.Value == "zh" && v.Count == 1); // s001's Chinese passages
        var publications = results.Facets.Single(f => f.Field == IndexFields.Publication);
        Assert.Equal(3, publications.Values.Single(v => v.Value == "Le Quotidien").Count);

        var narrowed = _index.Search.Search(new SearchRequest("lang:fr", Facets: new Dictionary<string, IReadOnlyList<string>>
        {
            [IndexFields.Publication] = ["Le Quotidien"],
        }));
        Assert.Equal(3, narrowed.Total);
        Assert.True(narrowed.Facets.Single(f => f.Field == IndexFields.Publication).Values.Single(v => v.Value == "Le Quotidien").Selected);
    }

    [Fact]
    public void Sorting_by_date_puts_undated_documents_last()
    {
        var newest = _index.Search.Search(new SearchRequest("lang:fr", PageSize: 50, Sort: SearchSort.Newest)).Hits.Select(h => h.PublicId).ToList();
        var oldest = _index.Search.Search(new SearchRequest("lang:fr", PageSize: 50, Sort: SearchSort.Oldest)).Hits.Select(h => h.PublicId).ToList();
        Assert.Equal("s004", newest[0]);
        Assert.Equal("fr-auteur", oldest[0]);
        Assert.Equal("s000", newest[^1]);
        Assert.Equal("s000", oldest[^1]);
    }

    [Fact]
    public void Pages_split_the_hits_and_keep_the_total()
    {
        var first = _index.Search.Search(new SearchRequest("lang:fr OR lang:en", 1, 3));
        var second = _index.Search.Search(new SearchRequest("lang:fr OR lang:en", 2, 3));
        Assert.Equal(first.Total, second.Total);
        Assert.Equal(3, first.Hits.Count);
        Assert.Empty(first.Hits.Select(h => h.PublicId).Intersect(second.Hits.Select(h => h.PublicId)));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("(((")]
    [InlineData("AND OR NOT")]
    [InlineData("title:[a TO")]
    [InlineData("*")]
    [InlineData("-")]
    [InlineData("~~~^2")]
    [InlineData("after:2025-13")]
    [InlineData("lang:klingon")]
    [InlineData("\\")]
    [InlineData("a* b?* OR OR -\"\" author:")]
    [InlineData("<script>alert(1)</script>")]
    public void Any_input_gives_results_or_a_plain_message(string query)
    {
        var results = _index.Find(query);
        // Either results (no more hits than the total says) or a plain message with nothing found.
        Assert.True(results.Message is null ? results.Hits.Count <= results.Total : results.Hits.Count == 0 && results.Total == 0,
            $"'{query}': {results.Total} total, {results.Hits.Count} hits, message '{results.Message}'");
        Assert.DoesNotContain(results.Notices.Concat([results.Message ?? ""]), m => m.Contains("Lucene", StringComparison.OrdinalIgnoreCase) || m.Contains("Exception", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_filter_value_is_explained()
    {
        var results = _index.Find("chips after:2025-13");
        Assert.Contains(results.Notices, n => n.Contains("after:2025-13", StringComparison.Ordinal));
        Assert.NotEmpty(results.Hits);
    }

    [Fact]
    public void Empty_query_asks_for_words()
    {
        Assert.Equal("Type one or more words to search the archive.", _index.Find("   ").Message);
    }

    [Fact]
    public void More_like_this_finds_related_documents_across_languages()
    {
        var similar = _index.Search.MoreLikeThis("en-chips").Select(s => s.PublicId).ToList();
        Assert.Contains("zh-chips", similar);
        Assert.DoesNotContain("en-chips", similar);
        Assert.DoesNotContain("en-copyright", similar);
        Assert.Empty(_index.Search.MoreLikeThis("no-such-id"));
    }

    [Fact]
    public void Highlight_marks_the_words_of_the_query_in_a_whole_text()
    {
        var segments = _index.Search.Highlight("Les contrôles à l'exportation de puces.", "export controls");
        Assert.Contains(segments, s => s.Highlighted && s.Text == "contrôles");
        Assert.Equal("Les contrôles à l'exportation de puces.", string.Concat(segments.Select(s => s.Text)));
    }

    [Fact]
    public void Stop_words_alone_are_searched_as_typed_not_as_everything()
    {
        var results = _index.Find("the");
        Assert.NotEmpty(results.Hits);
        Assert.True(results.Total < 18);
        Assert.Contains("en-chips", results.Hits.Select(h => h.PublicId));
    }

    [Fact]
    public void Punctuation_alone_finds_nothing_and_says_why()
    {
        var results = _index.Find("\"((");
        Assert.Equal(0, results.Total);
        Assert.NotNull(results.Message);
    }

    [Fact]
    public void Stop_words_do_not_exclude_documents_in_other_languages()
    {
        Assert.Contains("s002", _index.Ids("the export controls", 20));
    }

    [Fact]
    public void Words_split_apart_are_joined_when_the_index_knows_them_together()
    {
        var results = _index.Find("deep seek");
        Assert.Contains("s001", results.Hits.Select(h => h.PublicId));
        Assert.Equal("deepseek", results.DidYouMean);
    }

    [Fact]
    public void A_corrected_word_expands_through_the_thesaurus()
    {
        var results = _index.Find("Deepsek", 20);
        Assert.Contains("zh-open", results.Hits.Select(h => h.PublicId)); // 深度求索 only
        Assert.Contains(results.Expansions, e => e.ConceptKey == "deepseek");
    }
}
