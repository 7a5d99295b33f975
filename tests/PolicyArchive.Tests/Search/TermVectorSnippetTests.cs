using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Search;
using PolicyArchive.Core.Search.QueryLanguage;
using PolicyArchive.Core.Search.Snippets;
using PolicyArchive.Tests.Search.Relevance;

namespace PolicyArchive.Tests.Search;

/// <summary>Search hits take their snippets from the index's term vectors: the words they mark must be words the
/// query's analyzers find in the body, at their place, and the text around them the body's own.</summary>
public sealed class TermVectorSnippetTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    private readonly TestIndex _index = fixture.Index;

    [Theory]
    [InlineData("export controls")]
    [InlineData("puce")]
    [InlineData("etats unis")]
    [InlineData("\"contrôle des exportations\"")]
    [InlineData("出口管制")]
    [InlineData("半導体")]
    [InlineData("Deepsek")]
    [InlineData("modèl*")]
    [InlineData("chips lang:en")]
    public void Hit_snippets_mark_only_words_the_text_holds_and_quote_the_body_exactly(string query)
    {
        var results = _index.Find(query, 20);
        Assert.NotEmpty(results.Hits);
        var bodies = TestCorpus.All().ToDictionary(d => d.PublicId, d => d.Body);
        var terms = ExpectedTerms(query);
        var analysing = new SnippetBuilder(_index.Index.Analyzers);
        foreach (var hit in results.Hits)
        {
            var body = bodies[hit.PublicId];
            // Analysing the whole body with every analyzer the query used finds a superset: it also runs, say, the
            // English stemmer over French passages, which the index never did.
            var analysed = analysing.HighlightAll(body, terms).Where(s => s.Highlighted).Select(s => s.Text).ToHashSet();
            Assert.All(hit.Snippet.Where(s => s.Highlighted), s => Assert.Contains(s.Text, analysed));
            var flatBody = body.Replace('\n', ' ').Replace('\r', ' ');
            foreach (var fragment in string.Concat(hit.Snippet.Select(s => s.Text)).Split(SnippetBuilder.Ellipsis))
            {
                Assert.Contains(fragment.Trim(), flatBody, StringComparison.Ordinal);
            }
        }
        Assert.Contains(results.Hits, h => h.Snippet.Any(s => s.Highlighted));
    }

    [Theory]
    [InlineData("export controls")]
    [InlineData("contrôles à l'exportation")]
    [InlineData("modèles ouverts")]
    [InlineData("policies companies")]
    [InlineData("États-Unis chevaux")]
    [InlineData("etats unis")]
    [InlineData("出口管制 半導体")]
    [InlineData("modèl* export*")]
    [InlineData("Nvidia H20 smuggling")]
    [InlineData("efficace différent apprentissages")]
    [InlineData("différente communications")]
    public void Of_the_text_fields_only_the_folding_one_keeps_a_term_vector_and_it_marks_what_analysing_the_whole_body_marks(string query)
    {
        var results = _index.Find(query, 20);
        Assert.NotEmpty(results.Hits);
        var bodies = TestCorpus.All().ToDictionary(d => d.PublicId, d => d.Body);
        var terms = ExpectedTerms(query);
        var analysing = new SnippetBuilder(_index.Index.Analyzers);
        using var lease = _index.Index.Acquire();
        var searcher = lease.Searcher;
        foreach (var hit in results.Hits)
        {
            var body = bodies[hit.PublicId];
            var docId = searcher.Search(new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(IndexFields.Id, hit.PublicId)), 1).ScoreDocs[0].Doc;
            var vectors = searcher.IndexReader.GetTermVectors(docId);
            // The pivot field's vector holds counts only, for comparing topics (TopicCoherence), not offsets.
            Assert.Equal([IndexFields.BodyPrefix + IndexFields.Fold, IndexFields.Pivot], vectors.Order(StringComparer.Ordinal).ToList());

            var fromVector = new TermVectorMatches(_index.Index.Analyzers, terms).Find(searcher.IndexReader, docId);
            Assert.NotNull(fromVector);
            var whole = SnippetBuilder.Build(body, fromVector, int.MaxValue, body.Length + 1);
            Assert.Equal(Marked(analysing.HighlightAll(body, terms)), Marked(whole.Segments));
        }
    }

    private static List<string> Marked(IEnumerable<SnippetSegment> segments) => segments.Where(s => s.Highlighted).Select(s => s.Text).ToList();

    [Fact]
    public void An_elision_standing_alone_leaves_an_empty_term_that_a_snippet_passes_over()
    {
        // U+02BC is a letter to the tokenizer: « lʼ » before a space is one token, which the elision filter empties.
        using var index = new TestIndex([TestDocs.Make("elision", "Puces", "Le rapport cite lʼ « exportation » des puces avancées vers la Chine.", "fr")]);

        var hit = Assert.Single(index.Find("exportations puces").Hits);

        Assert.Contains("puces", hit.Snippet.Where(s => s.Highlighted).Select(s => s.Text));
    }

    [Fact]
    public void Words_in_a_passage_of_another_language_are_marked_where_they_stand()
    {
        const string fr = "Les contrôles à l'exportation visent les puces.\n";
        const string en = "The export controls target advanced chips.\n";
        const string zh = "美国的出口管制针对芯片。";
        // Each line its own passage, as ingestion marks them: the English and Chinese words live in their own fields.
        var doc = TestDocs.Make("mixed", "Trois langues", fr + en + zh, "fr", passages:
        [
            new Passage { Ordinal = 0, Start = 0, Length = fr.Length, Language = "fr" },
            new Passage { Ordinal = 1, Start = fr.Length, Length = en.Length, Language = "en" },
            new Passage { Ordinal = 2, Start = fr.Length + en.Length, Length = zh.Length, Language = "zh" },
        ]);
        using var index = new TestIndex([doc]);

        var hit = Assert.Single(index.Find("advanced 芯片").Hits);

        var marked = hit.Snippet.Where(s => s.Highlighted).Select(s => s.Text).ToList();
        Assert.Contains("advanced", marked);
        Assert.Contains("芯片", marked);
        Assert.Contains("advanced chips", string.Concat(hit.Snippet.Select(s => s.Text)));
    }

    private HighlightTerms ExpectedTerms(string query)
    {
        using var lease = _index.Index.Acquire();
        var built = new LuceneQueryBuilder(_index.Index.Analyzers, _index.Thesaurus.Current)
            .Build(ResearcherQueryParser.Parse(query), new QueryOptions(), lease.Searcher.IndexReader);
        return HighlightTerms.From(built.Query);
    }
}
