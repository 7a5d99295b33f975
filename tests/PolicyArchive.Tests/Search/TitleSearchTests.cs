using PolicyArchive.Core.Search;
using PolicyArchive.Core.Search.QueryLanguage;

namespace PolicyArchive.Tests.Search;

/// <summary>title: (titre:, intitle:) looks for a word or phrase, with its translations, in titles only, on a real
/// on-disk index with the thesaurus and the dictionaries.</summary>
public sealed class TitleSearchTests : IDisposable
{
    private readonly TestIndex _index = new(
    [
        TestDocs.Make("en-title", "Chip exports to the Gulf tightened", "Licences for shipments to data centres in the region now need a review.", "en"),
        TestDocs.Make("en-body", "Gulf data centres grow", "The new campuses will run on imported chips and local power.", "en"),
        TestDocs.Make("fr-title", "Les puces de Nvidia face aux nouvelles règles", "Le fabricant attend des licences pour ses livraisons.", "fr"),
        TestDocs.Make("zh-title", "芯片出口新规出台", "新规要求企业在发货前申请许可。", "zh"),
    ]);

    private IReadOnlyList<string> Ids(string query) => _index.Ids(query, 20);

    [Fact]
    public void A_word_in_the_title_finds_titles_in_any_language_and_not_texts_that_only_say_it()
    {
        var results = _index.Find("title:chips", 20);
        var ids = results.Hits.Select(h => h.PublicId).ToList();
        Assert.Contains("en-title", ids);
        Assert.Contains("fr-title", ids);
        Assert.Contains("zh-title", ids);
        Assert.DoesNotContain("en-body", ids);
        Assert.Contains(results.Expansions, e => e.AlsoSearched.Contains("puces") || e.AlsoSearched.Contains("puce"));
        // Typed as a plain word, the text that says it in its body is found too.
        Assert.Contains("en-body", Ids("chips"));
    }

    [Fact]
    public void French_and_search_engine_spellings_of_the_field_are_read_and_a_title_word_can_be_excluded()
    {
        Assert.Equal(Ids("title:chips").OrderBy(x => x), Ids("titre:puces").OrderBy(x => x));
        Assert.Equal(Ids("title:chips").OrderBy(x => x), Ids("intitle:chips").OrderBy(x => x));
        Assert.Equal(["en-body"], Ids("gulf -title:chips"));
        Assert.Equal(["en-title"], Ids("title:\"chip exports\""));
        Assert.Empty(_index.Find("title:licences").Hits);
    }

    [Fact]
    public void Title_words_are_ranked_as_words_and_a_title_of_stop_words_or_punctuation_does_not_find_everything()
    {
        Assert.Equal(SearchSort.Relevance, _index.Find("title:chips").Sort);
        // Stop words are looked for as written when nothing else is asked (as a query of "the" alone is).
        Assert.Equal(["en-title"], Ids("title:the"));
        Assert.Empty(Ids("title:\"! ?\""));
    }

    [Fact]
    public void Chinese_typed_in_the_title_field_is_split_into_words_and_translated_as_plain_chinese_is()
    {
        var ids = Ids("title:芯片出口");
        Assert.Contains("zh-title", ids);
        Assert.Contains("en-title", ids);
        Assert.DoesNotContain("en-body", ids);
    }

    [Fact]
    public void The_parser_reads_title_as_a_field_and_writes_it_back()
    {
        var parsed = ResearcherQueryParser.Parse("title:chips titre:\"export controls\" title:puce*");
        Assert.Equal(
            [
                new QueryClause(new TitleNode(new WordNode("chips")), false),
                new QueryClause(new TitleNode(new PhraseNode("export controls")), false),
                new QueryClause(new TitleNode(new WordNode("puce", Prefix: true)), false),
            ], parsed.Clauses);
        Assert.Empty(parsed.Messages);
        Assert.Equal("title:chips title:\"export controls\" title:puce*", QueryText.Render(parsed));
        // Unquoted, the value is read as plain words are; quoted, even one word is matched as written.
        Assert.Equal([new TitleNode(new WordNode("chips")), new TitleNode(new WordNode("puces"))],
            ResearcherQueryParser.Parse("title:chips,puces").Clauses.Select(c => c.Node));
        Assert.Equal(new TitleNode(new PhraseNode("chips")), Assert.Single(ResearcherQueryParser.Parse("title:\"chips\"").Clauses).Node);
        Assert.Equal(SearchMessages.Format(SearchMessages.FieldNeedsValue, "title", "title:chips"), Assert.Single(ResearcherQueryParser.Parse("title:").Messages));
    }

    public void Dispose() => _index.Dispose();
}
