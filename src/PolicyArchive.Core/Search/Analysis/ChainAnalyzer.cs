using Lucene.Net.Analysis;

namespace PolicyArchive.Core.Search.Analysis;

/// <summary>An analyzer defined by its token chain. The position gap keeps phrases from matching across two passages
/// of the same field (a document's French passages are indexed as separate values).</summary>
public sealed class ChainAnalyzer(Func<TextReader, TokenStreamComponents> chain) : Analyzer
{
    public const int PassageGap = 100;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) => chain(reader);

    public override int GetPositionIncrementGap(string fieldName) => PassageGap;
}
