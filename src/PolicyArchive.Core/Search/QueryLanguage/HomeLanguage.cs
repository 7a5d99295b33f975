using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PolicyArchive.Core.Search.QueryLanguage;

/// <summary>A country's own press rarely names it: a Chinese report on the national data bureau says 国家数据局, not
/// 中国, and a Japanese one on the defence ministry 防衛省, not 日本. So in a query of several words, China or Japan (a
/// word whose forms include 中国 or 日本) is also met by a text written in Chinese or Japanese: such a text is not left
/// out for not naming its own country. Only the document's own language counts (<see cref="IndexFields.MainLanguage"/>:
/// an English text quoting 防衛省 is no Japanese text), and Chinese tagged as Taiwan's, Hong Kong's or Macau's, or as
/// traditional, is not China's; Chinese tagged plainly "zh" is, wherever it was written. Only these two countries: most
/// of the archive's Chinese and Japanese texts are their country's news, while its French and English texts tell the
/// whole world's. A word typed alone (`Chine`) is not widened so: it would list every Chinese text.</summary>
internal static class HomeLanguage
{
    /// <summary>What a text in the country's language adds to the concept's score: a constant, outside the concept's own
    /// forms and their coordination, so it says nothing of how much the text is about the country. Small beside a word
    /// that names it in a long text: a text that names the country still ranks as it did.</summary>
    public const float Boost = 0.2f;

    /// <summary>"Also searched" shows the clause as the filter a researcher would type (lang:zh).</summary>
    public const string ExpansionKey = "home-language";
    public const string ExpansionLabel = "texts in its language";

    private static readonly (string Name, string Language)[] s_countries = [("中国", "zh"), ("日本", "ja")];

    /// <summary>The language whose texts meet a concept with these forms: "zh" for China, "ja" for Japan, else null.</summary>
    public static string? Of(IEnumerable<string> forms)
    {
        var names = forms.ToHashSet(StringComparer.Ordinal);
        return s_countries.FirstOrDefault(c => names.Contains(c.Name)).Language;
    }

    /// <summary>The concept, or any text written in <paramref name="language"/>, their scores added.</summary>
    public static Query Or(Query concept, string language)
    {
        var either = new BooleanQuery(disableCoord: true);
        either.Add(concept, Occur.SHOULD);
        either.Add(new ConstantScoreQuery(new TermQuery(new Term(IndexFields.MainLanguage, language))) { Boost = Boost }, Occur.SHOULD);
        return either;
    }
}
