using Lucene.Net.Util;

using PolicyArchive.Core.Search.Analysis;

namespace PolicyArchive.Core.Search;

/// <summary>The one analyzer set used for both indexing and query parsing, so the two always agree.</summary>
public static class ArchiveAnalyzer
{
    public const LuceneVersion Version = LanguageAnalyzers.Version;

    public static ArchiveAnalyzers Create() => new();
}
