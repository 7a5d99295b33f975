using PolicyArchive.Core.Search.Analysis;
using PolicyArchive.Core.Thesaurus;

namespace PolicyArchive.Core.Search.Expansion;

/// <summary>Where an expansion came from: the editors' thesaurus, the dictionaries of the cross-language lexicon, or a
/// name's sound in the other script (katakana and Latin letters, SoundKey).</summary>
public enum ExpansionSource { Thesaurus, Dictionary, Sound }

/// <summary>One expansion shown to the researcher: what they typed, the concept it belongs to, and what else was searched.</summary>
public sealed record ThesaurusExpansion(string Matched, string ConceptKey, string ConceptLabel, IReadOnlyList<string> AlsoSearched,
    ExpansionSource Source = ExpansionSource.Thesaurus)
{
    /// <summary>The concept key of expansions the dictionaries made.</summary>
    public const string DictionaryKey = "dictionaries";

    /// <summary>The concept key and label of words found by their sound in the other script.</summary>
    public const string SoundAlikeKey = "sound";
    public const string SoundAlikeLabel = "written alike in another script";
    /// <summary>The concept's name in each language it has a term in (<see cref="ThesaurusConcept.LabelFor"/>).</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>The concept's name for a reader of <paramref name="language"/> (two-letter code), else its label.</summary>
    public string LabelFor(string language) => Labels.TryGetValue(language, out var label) ? label : ConceptLabel;
}

/// <summary>Finds the thesaurus concept a word or phrase names, in any language. Built once from the concepts
/// (rebuild it when editors change the thesaurus); lookups are dictionary hits.</summary>
public sealed class ThesaurusExpander
{
    public const int MaxTermWords = 5;

    private readonly ArchiveAnalyzers _analyzers;
    private readonly Dictionary<string, ThesaurusConcept> _byKey = new(StringComparer.Ordinal);

    public ThesaurusExpander(ArchiveAnalyzers analyzers, IEnumerable<ThesaurusConcept> concepts)
    {
        _analyzers = analyzers;
        foreach (var concept in concepts)
        {
            Concepts.Add(concept);
            foreach (var term in concept.Terms)
            {
                var key = KeyOf(term.Text);
                // The first concept to claim a spelling keeps it: an ambiguous term should not expand twice.
                if (key.Length > 0) _byKey.TryAdd(key, concept);
            }
        }
    }

    public List<ThesaurusConcept> Concepts { get; } = [];

    public static ThesaurusExpander Empty(ArchiveAnalyzers analyzers) => new(analyzers, []);

    /// <summary>The concept whose term is <paramref name="text"/>, comparing accent-folded, lower-cased words with a
    /// plural s ignored ("puce" names the concept of "puces").</summary>
    public ThesaurusConcept? Find(string text)
    {
        var key = KeyOf(text);
        return key.Length > 0 && _byKey.TryGetValue(key, out var concept) ? concept : null;
    }

    public ThesaurusExpansion Describe(string matched, ThesaurusConcept concept)
    {
        var matchedKey = KeyOf(matched);
        var others = concept.Terms.Select(t => t.Text)
            .Where(t => KeyOf(t) != matchedKey)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var labels = concept.Terms.Select(t => IndexFields.PrimaryLanguage(t.Language)).Where(l => l.Length == 2).Distinct(StringComparer.Ordinal)
            .ToDictionary(l => l, concept.LabelFor, StringComparer.OrdinalIgnoreCase);
        return new ThesaurusExpansion(matched, concept.Key, concept.Label, others) { Labels = labels };
    }

    /// <summary>The concepts whose terms occur in <paramref name="text"/> (for "more like this" across languages).</summary>
    public IReadOnlyList<ThesaurusConcept> FindIn(string text)
    {
        var tokens = _analyzers.Analyze(IndexFields.BodyPrefix + IndexFields.Fold, text).Select(t => Normalize(t.Term)).ToList();
        var found = new List<ThesaurusConcept>();
        for (var i = 0; i < tokens.Count; i++)
        {
            for (var n = Math.Min(MaxTermWords, tokens.Count - i); n >= 1; n--)
            {
                if (_byKey.TryGetValue(string.Join(' ', tokens.Skip(i).Take(n)), out var concept))
                {
                    if (!found.Contains(concept)) found.Add(concept);
                    break;
                }
            }
        }
        return found;
    }

    private string KeyOf(string text) =>
        string.Join(' ', _analyzers.Analyze(IndexFields.BodyPrefix + IndexFields.Fold, text).Select(t => Normalize(t.Term)));

    private static string Normalize(string token) =>
        token.Length > 3 && token[^1] == 's' && char.IsAsciiLetter(token[^2]) && token[^2] != 's' ? token[..^1] : token;
}
