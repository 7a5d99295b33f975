using System.Reflection;

using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.It;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Pt;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace PolicyArchive.Core.Ingestion;

/// <summary>Scores Latin-script text against the Snowball stop-word lists that Lucene's Analysis.Common ships.
/// A word found in several lists counts for each of them in proportion (1/n), so only words that tell
/// languages apart decide; letters that only some languages use (ç, ß, ñ, ã) and elisions (l', d', n't) add hints.</summary>
internal static class LatinStopWordModel
{
    private static readonly (string Language, CharArraySet Words)[] s_lists =
    [
        ("fr", FrenchAnalyzer.DefaultStopSet),
        ("en", LoadSnowball("english_stop.txt")),
        ("de", GermanAnalyzer.DefaultStopSet),
        ("es", SpanishAnalyzer.DefaultStopSet),
        ("it", ItalianAnalyzer.DefaultStopSet),
        ("pt", PortugueseAnalyzer.DefaultStopSet),
        ("nl", DutchAnalyzer.DefaultStopSet),
    ];

    // Letters that point to one language (or two) among those modelled.
    private static readonly Dictionary<char, string[]> s_letterHints = new()
    {
        ['ç'] = ["fr", "pt"], ['œ'] = ["fr"], ['ê'] = ["fr", "pt"], ['è'] = ["fr", "it"], ['ë'] = ["fr", "nl"],
        ['î'] = ["fr"], ['û'] = ["fr"], ['ù'] = ["fr", "it"], ['â'] = ["fr", "pt"], ['ô'] = ["fr", "pt"],
        ['ä'] = ["de"], ['ö'] = ["de"], ['ü'] = ["de"], ['ß'] = ["de"],
        ['ñ'] = ["es"], ['¿'] = ["es"], ['¡'] = ["es"],
        ['ã'] = ["pt"], ['õ'] = ["pt"],
        ['ò'] = ["it"], ['ì'] = ["it"],
    };

    public static IReadOnlyList<string> Languages { get; } = [.. s_lists.Select(l => l.Language)];

    public static Dictionary<string, double> Score(string text)
    {
        var scores = Languages.ToDictionary(l => l, _ => 0.0);
        foreach (var (word, elision) in Words(text))
        {
            if (elision is { } e)
            {
                Add(scores, e, 1.0);
            }
            var hits = s_lists.Where(l => l.Words.Contains(word)).Select(l => l.Language).ToArray();
            foreach (var lang in hits)
            {
                scores[lang] += 1.0 / hits.Length;
            }
        }
        foreach (var c in text)
        {
            if (s_letterHints.TryGetValue(char.ToLowerInvariant(c), out var langs))
            {
                foreach (var lang in langs)
                {
                    scores[lang] += 0.3 / langs.Length;
                }
            }
        }
        return scores;
    }

    private static void Add(Dictionary<string, double> scores, string lang, double value) => scores[lang] += value;

    /// <summary>Lower-cased words, each with the language its elided form points to (l'IA, qu'il → fr; don't, it's → en).</summary>
    private static IEnumerable<(string Word, string? Elision)> Words(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetter(text[i]))
            {
                i++;
            }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }
            if (i == start)
            {
                yield break;
            }
            var word = text[start..i].ToLowerInvariant();
            string? elision = null;
            if (i + 1 < text.Length && text[i] is '\'' or '’' && char.IsLetter(text[i + 1]))
            {
                var next = i + 1;
                var end = next;
                while (end < text.Length && char.IsLetter(text[end]))
                {
                    end++;
                }
                var tail = text[next..end].ToLowerInvariant();
                elision = (word, tail) switch
                {
                    (_, "s" or "t" or "re" or "ll" or "ve" or "m" or "d") => "en",
                    ("l" or "d" or "qu" or "j" or "n" or "s" or "c" or "m" or "jusqu" or "lorsqu" or "puisqu", _) => "fr",
                    _ => null,
                };
            }
            yield return (word, elision);
        }
    }

    private static CharArraySet LoadSnowball(string resource)
    {
        var assembly = typeof(SnowballFilter).GetTypeInfo().Assembly;
        var name = assembly.GetManifestResourceNames().First(n => n.EndsWith("Snowball." + resource, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return WordlistLoader.GetSnowballWordSet(reader, LuceneVersion.LUCENE_48);
    }
}
