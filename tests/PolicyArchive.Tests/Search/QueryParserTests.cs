using PolicyArchive.Core.Search;
using PolicyArchive.Core.Search.Analysis;
using PolicyArchive.Core.Search.QueryLanguage;

namespace PolicyArchive.Tests.Search;

public sealed class QueryParserTests
{
    private static IReadOnlyList<QueryClause> Clauses(string q) => ResearcherQueryParser.Parse(q).Clauses;

    [Fact]
    public void Words_are_separate_required_clauses()
    {
        Assert.Equal([new QueryClause(new WordNode("export"), false), new QueryClause(new WordNode("controls"), false)], Clauses("export  controls"));
    }

    [Fact]
    public void Quotes_make_a_phrase_and_minus_excludes()
    {
        var clauses = Clauses("\"contrôles à l'exportation\" -Biden -\"open source\"");
        Assert.Equal(new QueryClause(new PhraseNode("contrôles à l'exportation"), false), clauses[0]);
        Assert.Equal(new QueryClause(new WordNode("Biden"), true), clauses[1]);
        Assert.Equal(new QueryClause(new PhraseNode("open source"), true), clauses[2]);
    }

    [Fact]
    public void Or_joins_neighbours()
    {
        var clause = Assert.Single(Clauses("puces OR chips OR 芯片"));
        var or = Assert.IsType<OrNode>(clause.Node);
        Assert.Equal([new WordNode("puces"), new WordNode("chips"), new WordNode("芯片")], or.Alternatives);
    }

    [Fact]
    public void Lowercase_or_is_a_word()
    {
        Assert.Equal(3, Clauses("chips or puces").Count);
    }

    [Fact]
    public void Field_filters_are_read_with_quoted_values_and_aliases()
    {
        var clauses = Clauses("author:\"Sriram Krishnan\" langue:français tag:chips publication:Reddit");
        Assert.Equal(new FilterNode(FilterKind.Author, "Sriram Krishnan"), clauses[0].Node);
        Assert.Equal(new FilterNode(FilterKind.Language, "fr"), clauses[1].Node);
        Assert.Equal(new FilterNode(FilterKind.Tag, "chips"), clauses[2].Node);
        Assert.Equal(new FilterNode(FilterKind.Publication, "Reddit"), clauses[3].Node);
    }

    [Fact]
    public void Dates_are_read_at_their_precision()
    {
        var clauses = Clauses("after:2025-01 before:2026");
        Assert.Equal(new DateNode(true, new DateBound(2025, 1, null)), clauses[0].Node);
        Assert.Equal(new DateNode(false, new DateBound(2026, null, null)), clauses[1].Node);
        Assert.Equal(20250101, new DateBound(2025, 1, null).FirstDay);
    }

    [Fact]
    public void Prefix_needs_two_letters()
    {
        Assert.Equal(new WordNode("hégémon", true), Clauses("hégémon*")[0].Node);
        var parsed = ResearcherQueryParser.Parse("a*");
        Assert.Equal(new WordNode("a"), parsed.Clauses[0].Node);
        Assert.Single(parsed.Messages);
    }

    [Theory]
    [InlineData("after:2025-13", "after:2025-13")]
    [InlineData("before:soon", "before:soon")]
    [InlineData("lang:klingon", "lang:klingon")]
    [InlineData("author:", "author:")]
    [InlineData("\"unterminated phrase", "closing quote")]
    [InlineData("OR chips", "OR")]
    [InlineData("chips NOT", "NOT")]
    public void What_cannot_be_read_is_explained(string query, string mentioned)
    {
        var parsed = ResearcherQueryParser.Parse(query);
        Assert.Contains(parsed.Messages, m => m.Contains(mentioned, StringComparison.Ordinal));
    }

    [Fact]
    public void Web_addresses_are_no_fields()
    {
        var parsed = ResearcherQueryParser.Parse("https://example.org");
        Assert.Equal(new WordNode("https://example.org"), Assert.Single(parsed.Clauses).Node);
        Assert.Empty(parsed.Messages);
    }

    [Theory]
    [InlineData("site:chips", "site")]
    [InlineData("foo:chips", "foo")]
    [InlineData("Site:chips", "Site")]
    public void An_unknown_field_is_read_as_plain_words_and_the_page_says_so(string query, string name)
    {
        var parsed = ResearcherQueryParser.Parse(query);
        Assert.Equal([new QueryClause(new WordNode(name), false), new QueryClause(new WordNode("chips"), false)], parsed.Clauses);
        Assert.Equal(SearchMessages.Format(SearchMessages.UnknownField, name), Assert.Single(parsed.Messages));
    }

    [Fact]
    public void An_unknown_field_keeps_its_quoted_value_and_its_exclusion()
    {
        var parsed = ResearcherQueryParser.Parse("site:\"chips war\" -foo:bar site:x");
        Assert.Equal(
            [
                new QueryClause(new WordNode("site"), false), new QueryClause(new PhraseNode("chips war"), false),
                new QueryClause(new WordNode("foo"), true), new QueryClause(new WordNode("bar"), true),
                new QueryClause(new WordNode("site"), false), new QueryClause(new WordNode("x"), false),
            ], parsed.Clauses);
        // One sentence per unknown name, however often it is typed.
        Assert.Equal(2, parsed.Messages.Count);
    }

    [Theory]
    [InlineData("10:30")]
    [InlineData("人工智能:治理")]
    [InlineData("note:")]
    public void A_colon_that_starts_no_value_is_no_field(string query)
    {
        var parsed = ResearcherQueryParser.Parse(query);
        Assert.Equal(new WordNode(query), Assert.Single(parsed.Clauses).Node);
        Assert.Empty(parsed.Messages);
    }

    [Theory]
    [InlineData("chips,puces")]
    [InlineData("chips/puces")]
    [InlineData("chips.puces")]
    [InlineData("chips;puces")]
    [InlineData("chips,,puces")]
    public void Words_joined_by_punctuation_are_separate_words(string query)
    {
        var parsed = ResearcherQueryParser.Parse(query);
        Assert.Equal([new QueryClause(new WordNode("chips"), false), new QueryClause(new WordNode("puces"), false)], parsed.Clauses);
        Assert.Empty(parsed.Messages);
    }

    [Fact]
    public void Joined_words_keep_their_exclusion_and_prefix()
    {
        Assert.Equal([new QueryClause(new WordNode("chips"), true), new QueryClause(new WordNode("puces"), true)], Clauses("-chips/puces"));
        Assert.Equal([new QueryClause(new WordNode("chips"), false), new QueryClause(new WordNode("pu", true), false)], Clauses("chips,pu*"));
    }

    [Theory]
    [InlineData("2.2")]
    [InlineData("1,000")]
    [InlineData("24/7")]
    [InlineData("30-4")]
    [InlineData("GPT-4.5")]
    [InlineData("U.S.")]
    [InlineData("e.g.")]
    [InlineData("Ph.D")]
    [InlineData("europa.eu")]
    [InlineData("legifrance.gouv.fr/loda")]
    [InlineData("www.whitehouse.gov")]
    [InlineData("https://example.org/a,b/c.html")]
    [InlineData("chips,")]
    public void Numbers_abbreviations_model_names_and_addresses_stay_whole(string query)
    {
        Assert.Equal(new WordNode(query), Assert.Single(Clauses(query)).Node);
    }

    [Fact]
    public void What_the_analyzers_make_of_punctuation_inside_a_word()
    {
        // Why the parser splits some words and not others: a comma or a slash between words makes a phrase of them
        // (its words side by side), a full stop between words one word that no text holds, while numbers, model
        // names and abbreviations come out as the texts have them.
        using var analyzers = new ArchiveAnalyzers();
        string[] Fold(string text) => analyzers.Analyze(IndexFields.BodyPrefix + IndexFields.Fold, text).Select(t => t.Term).ToArray();
        Assert.Equal(["chips", "puces"], Fold("chips,puces"));
        Assert.Equal(["chips", "puces"], Fold("chips/puces"));
        Assert.Equal(["chips.puces"], Fold("chips.puces"));
        Assert.Equal(["title:chips"], Fold("title:chips"));
        Assert.Equal(["2.2"], Fold("2.2"));
        Assert.Equal(["1,000"], Fold("1,000"));
        Assert.Equal(["gpt", "4.5"], Fold("GPT-4.5"));
        Assert.Equal(["30", "4"], Fold("30-4"));
        Assert.Equal(["u.s"], Fold("U.S."));
        Assert.Equal(["europa.eu"], Fold("europa.eu"));
    }

    [Fact]
    public void Parser_never_throws_on_random_input()
    {
        var random = new Random(42);
        const string alphabet = "ab\"-:*()[]{}~^\\/ OR AND NOT after:lang:2025 中国";
        for (var i = 0; i < 2000; i++)
        {
            var chars = Enumerable.Range(0, random.Next(0, 30)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray();
            var parsed = ResearcherQueryParser.Parse(new string(chars));
            Assert.NotNull(parsed);
        }
    }

    [Fact]
    public void Very_long_queries_are_cut_with_a_message()
    {
        var parsed = ResearcherQueryParser.Parse(string.Join(' ', Enumerable.Repeat("mot", 600)));
        Assert.Equal(ResearcherQueryParser.MaxClauses, parsed.Clauses.Count);
        Assert.Equal(2, parsed.Messages.Count);
    }

    [Fact]
    public void Query_text_round_trips()
    {
        const string query = "\"open source\" -Biden chips OR puces author:\"Lisa Su\" after:2025-01 hégémon*";
        Assert.Equal(query, QueryText.Render(ResearcherQueryParser.Parse(query)));
    }
}
