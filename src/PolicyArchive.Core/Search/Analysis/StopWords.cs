using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;

namespace PolicyArchive.Core.Search.Analysis;

/// <summary>French and English stop words, also in their accent-folded form ("à" → "a") as the exact and folding fields
/// index them: words a query may carry inside a phrase but that say nothing about why a document matched.</summary>
public static class StopWords
{
    public static IReadOnlySet<string> FrenchAndEnglish { get; } = Build();

    public static bool Contains(string term) => FrenchAndEnglish.Contains(term);

    private static HashSet<string> Build()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in new[] { FrenchAnalyzer.DefaultStopSet, EnglishAnalyzer.DefaultStopSet })
        {
            foreach (var w in set)
            {
                var word = w.ToString() ?? "";
                words.Add(word);
                words.Add(Fold(word));
            }
        }
        return words;
    }

    private static string Fold(string word) => string.Concat(word.Normalize(NormalizationForm.FormD)
        .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark));
}
