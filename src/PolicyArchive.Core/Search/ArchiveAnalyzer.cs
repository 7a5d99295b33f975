using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace PolicyArchive.Core.Search;

/// <summary>The one analyzer used for both indexing and query parsing, so the two always agree.</summary>
public static class ArchiveAnalyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer Create() => new PerFieldAnalyzerWrapper(new FoldingAnalyzer());

    /// <summary>Lowercased, accents folded, CJK runs as bigrams: "États-Unis" matches "etats unis".</summary>
    private sealed class FoldingAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(Version, reader);
            TokenStream stream = new CJKBigramFilter(source);
            stream = new LowerCaseFilter(Version, stream);
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }
}
