using PolicyArchive.Bench.Engines;
using PolicyArchive.Bench.Queries;

namespace PolicyArchive.Bench.Tests;

public sealed class SqliteMatchExpressionTests
{
    [Fact]
    public void Every_word_is_quoted_so_FTS5_operators_in_user_text_stay_words()
    {
        var query = new BenchQuery(QueryClass.TwoTerms, "NOT \"x", ["NOT", "\"x"]);

        Assert.Equal("\"NOT\" \"\"\"x\"", SqliteFtsEngine.MatchExpression(query));
    }

    [Fact]
    public void A_phrase_is_one_quoted_string()
    {
        var phrase = QuerySet.Standard.First(q => q.Class == QueryClass.Phrase);

        Assert.Equal("\"" + string.Join(' ', phrase.Terms) + "\"", SqliteFtsEngine.MatchExpression(phrase));
    }

    [Fact]
    public void Standard_query_set_has_three_queries_in_every_class()
    {
        Assert.All(Enum.GetValues<QueryClass>(), c => Assert.Equal(3, QuerySet.Standard.Count(q => q.Class == c)));
        Assert.All(QuerySet.Standard.Where(q => q.Class == QueryClass.Filtered), q => Assert.True(q.Language is not null && q.Year is not null));
    }
}
