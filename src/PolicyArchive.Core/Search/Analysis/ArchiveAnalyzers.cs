using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;


namespace PolicyArchive.Core.Search.Analysis;

/// <summary>The one analyzer set used both to index and to analyse queries, so both sides always agree.
/// Build it once per application: analyzers are thread-safe and reuse their token streams per thread.</summary>
public sealed class ArchiveAnalyzers : IDisposable
{
    private readonly Dictionary<string, Analyzer> _bySuffix;
    private readonly Analyzer _keys;

    public ArchiveAnalyzers()
    {
        _bySuffix = new Dictionary<string, Analyzer>(StringComparer.Ordinal)
        {
            [IndexFields.Fr] = LanguageAnalyzers.French(),
            [IndexFields.En] = LanguageAnalyzers.English(),
            [IndexFields.Cjk] = LanguageAnalyzers.Cjk(),
            [IndexFields.Fold] = LanguageAnalyzers.Folding(),
        };
        var perField = new Dictionary<string, Analyzer>(StringComparer.Ordinal);
        foreach (var (suffix, analyzer) in _bySuffix)
        {
            perField[IndexFields.BodyPrefix + suffix] = analyzer;
            perField[IndexFields.TitlePrefix + suffix] = analyzer;
        }
        perField[IndexFields.AuthorText] = _bySuffix[IndexFields.Fold];
        perField[IndexFields.PublicationText] = _bySuffix[IndexFields.Fold];
        perField[IndexFields.TagText] = _bySuffix[IndexFields.Fold];
        // Sound keys are written as words split at spaces, each taken as it is.
        _keys = new WhitespaceAnalyzer(LanguageAnalyzers.Version);
        perField[IndexFields.SoundOfKatakana] = _keys;
        perField[IndexFields.SoundOfLatin] = _keys;
        Wrapper = new PerFieldAnalyzerWrapper(_bySuffix[IndexFields.Fold], perField);
    }

    /// <summary>For IndexWriterConfig and anything that analyses by field name.</summary>
    public Analyzer Wrapper { get; }


    /// <summary>Texts up to this long (query words, thesaurus terms, translations) are analysed once and remembered.</summary>
    public const int CachedTextLength = 64;

    // An expanded query analyses every name of a concept and every translation for several fields: the same short texts,
    // search after search. Analysis never changes while the app runs, so the result is kept.
    private readonly BoundedCache<(string Field, string Text), IReadOnlyList<AnalyzedToken>> _short = new(50_000);

    /// <summary>The analysed terms of <paramref name="text"/> for <paramref name="field"/>, with their positions.</summary>
    public IReadOnlyList<AnalyzedToken> Analyze(string field, string text) => text.Length > CachedTextLength
        ? TokenReader.Read(Wrapper, field, text)
        : _short.GetOrAdd((field, text), k => TokenReader.Read(Wrapper, k.Field, k.Text).ToArray());

    public void Dispose()
    {
        Wrapper.Dispose();
        _keys.Dispose();
        foreach (var analyzer in _bySuffix.Values) analyzer.Dispose();
    }
}
