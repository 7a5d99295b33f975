using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace PolicyArchive.Core.Search.Analysis;

/// <summary>The token chains of the archive. Every chain ends in a CJK bigram filter so that Chinese or Japanese
/// sentences inside a French or English passage are still found by a Chinese or Japanese query, whatever language
/// ingestion gave the passage.</summary>
public static class LanguageAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // French elision articles, including the typographic apostrophe that most of the seeds use (l’IA, d’exportation).
    private static readonly CharArraySet s_frenchArticles = new(Version,
        ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"], true);

    public static Analyzer French() => new ChainAnalyzer(reader =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new CJKWidthFilter(source);
        stream = new ApostropheNormalizer(stream);
        stream = new ElisionFilter(stream, s_frenchArticles);
        stream = new LowerCaseFilter(Version, stream);
        stream = new StopFilter(Version, stream, FrenchAnalyzer.DefaultStopSet);
        // Folding before stemming: "etats" typed without accents and "États" in the text take the same path.
        stream = new ASCIIFoldingFilter(stream);
        stream = new FrenchLightStemFilter(stream);
        stream = new CJKBigramFilter(stream);
        return new TokenStreamComponents(source, stream);
    });

    public static Analyzer English() => new ChainAnalyzer(reader =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new CJKWidthFilter(source);
        stream = new ApostropheNormalizer(stream);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new LowerCaseFilter(Version, stream);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new ASCIIFoldingFilter(stream);
        stream = new PorterStemFilter(stream);
        stream = new CJKBigramFilter(stream);
        return new TokenStreamComponents(source, stream);
    });

    /// <summary>Chinese and Japanese: overlapping bigrams of Han, hiragana and katakana runs (no dictionary is available).</summary>
    public static Analyzer Cjk() => new ChainAnalyzer(reader =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new CJKWidthFilter(source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new CJKBigramFilter(stream);
        return new TokenStreamComponents(source, stream);
    });

    /// <summary>Any language, accents folded, no stemming: "etats unis" finds "États-Unis"; names and model numbers
    /// (H800, Qwen) as typed; also the field typos are corrected from.</summary>
    public static Analyzer Folding() => new ChainAnalyzer(reader =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new CJKWidthFilter(source);
        stream = new ApostropheNormalizer(stream);
        stream = new ElisionFilter(stream, s_frenchArticles);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new CJKBigramFilter(stream);
        return new TokenStreamComponents(source, stream);
    });
}
