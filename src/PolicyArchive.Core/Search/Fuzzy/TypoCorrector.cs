using System.Runtime.CompilerServices;

using Lucene.Net.Index;
using Lucene.Net.Search;


namespace PolicyArchive.Core.Search.Fuzzy;

/// <summary>A term of the index close to a word that matched nothing: the basis of both fuzzy matching and "did you mean".</summary>
public sealed record TermSuggestion(string Term, int Distance, int DocFreq);

/// <summary>Suggests corrections from the index's own terms, in the folded field (accent-free, unstemmed words as written),
/// by walking the term dictionary with Lucene's Levenshtein automata (FuzzyQuery's term enumeration).</summary>
public static class TypoCorrector
{
    public const int MaxExpansions = 50;

    private static readonly string[] s_fields = [IndexFields.BodyPrefix + IndexFields.Fold, IndexFields.TitlePrefix + IndexFields.Fold];

    /// <summary>Documents whose folded text holds <paramref name="foldedTerm"/> (the larger of body and title counts).</summary>
    public static int DocFreq(IndexReader reader, string foldedTerm)
    {
        return s_docFreqs.GetValue(reader, _ => new BoundedCache<string, int>(SuggestionCapacity * 5, StringComparer.Ordinal))
            .GetOrAdd(foldedTerm, term => s_fields.Max(f => reader.DocFreq(new Term(f, term))));
    }

    // Asked for every typed word (is it rare enough to correct?): a seek per segment and field, kept as long as the reader.
    private static readonly ConditionalWeakTable<IndexReader, BoundedCache<string, int>> s_docFreqs = new();

    /// <summary>Close terms, nearest first, then most frequent. Short words allow one edit, longer ones two; the first
    /// letter must match, which keeps the walk fast on a large dictionary and suggestions plausible.</summary>
    public static IReadOnlyList<TermSuggestion> Suggest(IndexReader reader, string foldedTerm, int max = 3)
    {
        // Walking the term dictionary is most of the cost of a misspelt query: the answer is kept for as long as the
        // reader (a commit opens a new one, so new terms are seen).
        return s_suggestions.GetValue(reader, _ => new BoundedCache<(string, int), IReadOnlyList<TermSuggestion>>(SuggestionCapacity))
            .GetOrAdd((foldedTerm, max), k => SuggestUncached(reader, k.Item1, k.Item2));
    }

    private const int SuggestionCapacity = 10_000;

    private static readonly ConditionalWeakTable<IndexReader, BoundedCache<(string, int), IReadOnlyList<TermSuggestion>>> s_suggestions = new();

    private static IReadOnlyList<TermSuggestion> SuggestUncached(IndexReader reader, string foldedTerm, int max)
    {
        if (foldedTerm.Length < 3 || !foldedTerm.All(char.IsAsciiLetterOrDigit)) return [];
        // Most typos are one edit away, and walking the dictionary with a one-edit automaton costs a fraction of a
        // two-edit one: two edits are tried only when one finds nothing.
        var nearest = Suggest(reader, foldedTerm, max, maxEdits: 1);
        return nearest.Count > 0 || foldedTerm.Length <= 4 ? nearest : Suggest(reader, foldedTerm, max, maxEdits: 2);
    }

    private static IReadOnlyList<TermSuggestion> Suggest(IndexReader reader, string foldedTerm, int max, int maxEdits)
    {
        var candidates = new Dictionary<string, TermSuggestion>(StringComparer.Ordinal);
        foreach (var field in s_fields)
        {
            var fuzzy = new FuzzyQuery(new Term(field, foldedTerm), maxEdits, 1, MaxExpansions, true);
            if (fuzzy.Rewrite(reader) is not BooleanQuery expanded) continue;
            foreach (var clause in expanded.Clauses)
            {
                if (clause.Query is not TermQuery tq) continue;
                var text = tq.Term.Text;
                if (text == foldedTerm || candidates.ContainsKey(text)) continue;
                var distance = EditDistance.DamerauLevenshtein(foldedTerm, text);
                if (distance > maxEdits) continue;
                candidates[text] = new TermSuggestion(text, distance, DocFreq(reader, text));
            }
        }
        return candidates.Values
            .OrderBy(c => c.Distance)
            .ThenByDescending(c => c.DocFreq)
            .ThenBy(c => c.Term, StringComparer.Ordinal)
            .Take(max)
            .ToList();
    }
}
