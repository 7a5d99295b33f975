using PolicyArchive.Core.Search.Coherence;
using PolicyArchive.Core.Search.Lexicon;

namespace PolicyArchive.Tests.Search.Coherence;

/// <summary>Texts in the archive's languages read into one vocabulary, so that what they talk about can be compared.</summary>
public sealed class PivotTermsTests
{
    private static List<string> Of(string text, string language) => PivotTerms.Of(text, language, CrossLanguageLexicon.Shared);

    [Fact]
    public void French_Chinese_and_Japanese_texts_on_chip_exports_meet_English_words()
    {
        Assert.Contains("chip", Of("Les puces destinées à l'exportation", "fr"));
        Assert.Contains("export", Of("Les puces destinées à l'exportation", "fr"));
        Assert.Contains("chip", Of("美国限制芯片出口", "zh"));
        Assert.Contains("export", Of("美国限制芯片出口", "zh"));
        Assert.Contains("semiconductor", Of("半導体の輸出規制", "ja"));
        Assert.Contains("export control", Of("半導体の輸出規制", "ja"));
        Assert.Equal(["chip", "export"], Of("chips exports", "en"));
    }

    [Fact]
    public void Names_the_dictionaries_lack_stay_as_written_and_small_words_go()
    {
        var terms = Of("The Zorblatt of Nvidia and the H20", "en");
        Assert.Contains("zorblatt", terms);
        Assert.DoesNotContain("the", terms);
        Assert.DoesNotContain("of", terms);
        Assert.DoesNotContain("and", terms);
    }

    [Fact]
    public void A_word_both_languages_have_is_read_as_the_texts_language()
    {
        // « coin » is French for "corner"; read as English it would be money.
        Assert.Contains("corner", Of("Au coin de la rue", "fr"));
        Assert.DoesNotContain("coin", Of("Au coin de la rue", "fr"));
        Assert.Contains("coin", Of("A gold coin", "en"));
    }
}

/// <summary>What the index keeps of a long text's pivot terms.</summary>
public sealed class PivotFieldTests
{
    [Fact]
    public void A_long_text_keeps_its_most_frequent_terms_only()
    {
        // 300 made-up words once each, and "zorblatt" (no dictionary knows it) forty times: the text is about zorblatt.
        var words = Enumerable.Range(0, 300).Select(i => "qux" + new string((char)('a' + i % 26), 1 + i / 26) + "zed").ToList();
        var body = string.Join(' ', words) + " " + string.Join(' ', Enumerable.Repeat("zorblatt", 40));
        using var index = new TestIndex([TestDocs.Make("long", "A long text", body, "en")]);
        using var lease = index.Index.Acquire();
        var terms = lease.Searcher.IndexReader.GetTermVector(0, PolicyArchive.Core.Search.IndexFields.Pivot);
        Assert.Equal(PivotField.MaxTerms, terms.Count);
        var e = terms.GetEnumerator();
        var kept = new Dictionary<string, long>();
        while (e.MoveNext()) kept[e.Term.Utf8ToString()] = e.TotalTermFreq;
        // Its count is what the comparison weighs (the postings keep documents only).
        Assert.Equal(40, kept["zorblatt"]);
    }
}
