using Lucene.Net.Index;
using Lucene.Net.Search;

using PolicyArchive.Core.Search;
using PolicyArchive.Core.Search.Analysis;
using PolicyArchive.Core.Search.Snippets;

namespace PolicyArchive.Tests.Search;

public sealed class SnippetBuilderTests : IDisposable
{
    private readonly ArchiveAnalyzers _analyzers = new();

    private HighlightTerms Terms(params (string Suffix, string Term)[] terms)
    {
        var query = new BooleanQuery();
        foreach (var (suffix, term) in terms) query.Add(new TermQuery(new Term(IndexFields.BodyPrefix + suffix, term)), Occur.SHOULD);
        return HighlightTerms.From(query);
    }

    [Fact]
    public void Marks_matched_words_as_written_in_the_text()
    {
        var snippet = new SnippetBuilder(_analyzers).Build("Les États-Unis contrôlent les puces.", Terms((IndexFields.Fold, "etats"), (IndexFields.Fr, "puce")));
        Assert.Equal(["États", "puces"], snippet.HighlightedWords);
        Assert.Equal("Les États-Unis contrôlent les puces.", snippet.PlainText);
    }

    [Fact]
    public void Picks_the_window_with_the_most_distinct_matches()
    {
        var filler = string.Concat(Enumerable.Repeat("Lorem ipsum dolor sit amet. ", 40));
        var text = "DeepSeek au début. " + filler + "Ici DeepSeek et les puces NVIDIA ensemble. " + filler;
        var snippet = new SnippetBuilder(_analyzers).Build(text, Terms((IndexFields.Fold, "deepseek"), (IndexFields.Fold, "nvidia"), (IndexFields.Fr, "puce")), maxFragments: 1);
        Assert.Equal(["DeepSeek", "puces", "NVIDIA"], snippet.HighlightedWords);
        Assert.StartsWith("… ", snippet.PlainText, StringComparison.Ordinal);
        Assert.EndsWith(" …", snippet.PlainText, StringComparison.Ordinal);
        Assert.True(snippet.PlainText.Length <= SnippetBuilder.WindowChars + 10);
    }

    [Fact]
    public void Consecutive_cjk_bigrams_are_one_highlight()
    {
        var snippet = new SnippetBuilder(_analyzers).Build("作者认为严格的出口管制是关键",
            Terms((IndexFields.Cjk, "出口"), (IndexFields.Cjk, "口管"), (IndexFields.Cjk, "管制")));
        Assert.Equal(["出口管制"], snippet.HighlightedWords);
    }

    [Fact]
    public void Text_is_returned_as_text_never_as_markup()
    {
        var snippet = new SnippetBuilder(_analyzers).Build("<script>alert('puces')</script>", Terms((IndexFields.Fr, "puce")));
        Assert.Equal("<script>alert('puces')</script>", snippet.PlainText);
        Assert.Equal(["puces"], snippet.HighlightedWords);
    }

    [Fact]
    public void Without_matches_the_opening_is_shown()
    {
        var snippet = new SnippetBuilder(_analyzers).Build("Une phrase.\nUne autre.", Terms((IndexFields.Fr, "absent")));
        Assert.Equal("Une phrase. Une autre.", snippet.PlainText);
        Assert.Empty(snippet.HighlightedWords);
    }

    [Fact]
    public void Prefixes_highlight_every_word_they_begin()
    {
        var query = new PrefixQuery(new Term(IndexFields.BodyPrefix + IndexFields.Fold, "hegemon"));
        var snippet = new SnippetBuilder(_analyzers).Build("L'hégémonie et les hégémons.", HighlightTerms.From(query));
        Assert.Equal(["hégémonie", "hégémons"], snippet.HighlightedWords);
    }

    [Fact]
    public void Excluded_terms_are_not_highlighted()
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.BodyPrefix + IndexFields.Fold, "puces")), Occur.MUST },
            { new TermQuery(new Term(IndexFields.BodyPrefix + IndexFields.Fold, "nvidia")), Occur.MUST_NOT },
        };
        var snippet = new SnippetBuilder(_analyzers).Build("puces nvidia", HighlightTerms.From(query));
        Assert.Equal(["puces"], snippet.HighlightedWords);
    }

    public void Dispose() => _analyzers.Dispose();
}
