using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicyArchive.Core.Search.Analysis;


namespace PolicyArchive.Core.Search.Snippets;

/// <summary>The analysed terms (and prefixes) a query looks for, per analyzer suffix ("fr", "cjk"...), taken from the
/// query tree once per search. Excluded clauses and filters contribute nothing: they are not why a document matched.</summary>
public sealed class HighlightTerms
{
    private readonly Dictionary<string, HashSet<string>> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _prefixes = new(StringComparer.Ordinal);

    public IEnumerable<string> Suffixes => _terms.Keys.Union(_prefixes.Keys);

    public bool IsEmpty => _terms.Count == 0 && _prefixes.Count == 0 && !HasSoundKeys;

    /// <summary>The sound keys (SoundKey) the query looks for among a text's katakana words and among its Latin words.</summary>
    public IReadOnlySet<string> KatakanaSounds => _katakanaSounds;
    public IReadOnlySet<string> LatinSounds => _latinSounds;

    private readonly HashSet<string> _katakanaSounds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _latinSounds = new(StringComparer.Ordinal);

    public bool HasSoundKeys => _katakanaSounds.Count > 0 || _latinSounds.Count > 0;

    public bool Matches(string suffix, string term) =>
        (_terms.TryGetValue(suffix, out var set) && set.Contains(term))
        || (_prefixes.TryGetValue(suffix, out var prefixes) && prefixes.Any(p => term.StartsWith(p, StringComparison.Ordinal)));

    public IReadOnlyCollection<string> TermsFor(string suffix) => _terms.TryGetValue(suffix, out var set) ? set : [];

    public IReadOnlyCollection<string> PrefixesFor(string suffix) => _prefixes.TryGetValue(suffix, out var set) ? set : [];

    /// <summary>The analyzer suffixes whose body fields a snippet looks at.</summary>
    public IReadOnlyList<string> SnippetSuffixes() => Suffixes.Where(IndexFields.TextSuffixes.Contains).ToList();

    public static HighlightTerms From(Query query)
    {
        var result = new HighlightTerms();
        result.Visit(query);
        return result;
    }

    private void Visit(Query query)
    {
        switch (query)
        {
            case TermQuery { Term.Field: IndexFields.SoundOfKatakana } sound: _katakanaSounds.Add(sound.Term.Text); break;
            case TermQuery { Term.Field: IndexFields.SoundOfLatin } sound: _latinSounds.Add(sound.Term.Text); break;
            case TermQuery tq: Add(_terms, tq.Term); break;
            // A phrase's stop words ("contrôle des exportations") would light up every "de" and "à" of the text.
            case PhraseQuery pq: foreach (var t in pq.GetTerms().Where(t => !StopWords.Contains(t.Text))) Add(_terms, t); break;
            case PrefixQuery prefix: Add(_prefixes, prefix.Prefix); break;
            case DisjunctionMaxQuery dm: foreach (var d in dm.Disjuncts) Visit(d); break;
            case BooleanQuery bq:
                foreach (var clause in bq.Clauses)
                {
                    if (clause.Occur != Occur.MUST_NOT) Visit(clause.Query);
                }
                break;
        }
    }

    private static void Add(Dictionary<string, HashSet<string>> into, Term term)
    {
        var suffix = SuffixOf(term.Field);
        if (suffix is null) return;
        if (!into.TryGetValue(suffix, out var set)) into[suffix] = set = new HashSet<string>(StringComparer.Ordinal);
        set.Add(term.Text);
    }

    private static string? SuffixOf(string field)
    {
        if (field.StartsWith(IndexFields.BodyPrefix, StringComparison.Ordinal)) return field[IndexFields.BodyPrefix.Length..];
        if (field.StartsWith(IndexFields.TitlePrefix, StringComparison.Ordinal)) return field[IndexFields.TitlePrefix.Length..];
        return null;
    }
}
