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
    private const int MaxWordOnStack = 64;

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

    private const int French = 0;
    private const int English = 1;

    // Ingestion scores every sentence of every document: one look-up per word, on the lower-cased span, with the
    // languages each stop word belongs to (in list order) resolved once here rather than by probing seven sets per word.
    private static readonly Dictionary<string, int[]> s_stopWordLanguages = BuildStopWordLanguages();
    private static readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> s_stopWordLookup = s_stopWordLanguages.GetAlternateLookup<ReadOnlySpan<char>>();

    // Letters that point to one language (or two) among those modelled.
    private static readonly Dictionary<char, int[]> s_letterHints = new Dictionary<char, string[]>
    {
        ['ç'] = ["fr", "pt"], ['œ'] = ["fr"], ['ê'] = ["fr", "pt"], ['è'] = ["fr", "it"], ['ë'] = ["fr", "nl"],
        ['î'] = ["fr"], ['û'] = ["fr"], ['ù'] = ["fr", "it"], ['â'] = ["fr", "pt"], ['ô'] = ["fr", "pt"],
        ['ä'] = ["de"], ['ö'] = ["de"], ['ü'] = ["de"], ['ß'] = ["de"],
        ['ñ'] = ["es"], ['¿'] = ["es"], ['¡'] = ["es"],
        ['ã'] = ["pt"], ['õ'] = ["pt"],
        ['ò'] = ["it"], ['ì'] = ["it"],
    }.ToDictionary(p => p.Key, p => p.Value.Select(IndexOf).ToArray());

    public static IReadOnlyList<string> Languages { get; } = [.. s_lists.Select(l => l.Language)];

    /// <summary>One score per language, in the order of <see cref="Languages"/>.</summary>
    public static double[] Score(ReadOnlySpan<char> text)
    {
        var scores = new double[s_lists.Length];
        Span<char> buffer = stackalloc char[MaxWordOnStack];
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
                break;
            }
            var word = Lower(text[start..i], buffer);
            if (i + 1 < text.Length && text[i] is '\'' or '’' && char.IsLetter(text[i + 1]))
            {
                var end = i + 1;
                while (end < text.Length && char.IsLetter(text[end]))
                {
                    end++;
                }
                if (Elision(word, text[(i + 1)..end]) is { } e)
                {
                    scores[e] += 1.0;
                }
            }
            if (s_stopWordLookup.TryGetValue(word, out var hits))
            {
                foreach (var lang in hits)
                {
                    scores[lang] += 1.0 / hits.Length;
                }
            }
        }
        foreach (var c in text)
        {
            // No ASCII character lower-cases to a hinted letter, and most characters are ASCII.
            if (c >= '\u0080' && s_letterHints.TryGetValue(char.ToLowerInvariant(c), out var langs))
            {
                foreach (var lang in langs)
                {
                    scores[lang] += 0.3 / langs.Length;
                }
            }
        }
        return scores;
    }

    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length > buffer.Length)
        {
            return word.ToString().ToLowerInvariant();
        }
        var written = word.ToLowerInvariant(buffer);
        return buffer[..written];
    }

    /// <summary>The language an elided form points to (l'IA, qu'il → fr; don't, it's → en), or null.</summary>
    private static int? Elision(ReadOnlySpan<char> lowerWord, ReadOnlySpan<char> tail)
    {
        Span<char> buffer = stackalloc char[8];
        if (tail.Length <= 2)
        {
            var lowerTail = buffer[..tail.ToLowerInvariant(buffer)];
            if (lowerTail is "s" or "t" or "re" or "ll" or "ve" or "m" or "d")
            {
                return English;
            }
        }
        return lowerWord is "l" or "d" or "qu" or "j" or "n" or "s" or "c" or "m" or "jusqu" or "lorsqu" or "puisqu" ? French : null;
    }

    private static int IndexOf(string language) => Array.FindIndex(s_lists, l => l.Language == language);

    private static Dictionary<string, int[]> BuildStopWordLanguages()
    {
        var languages = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var l = 0; l < s_lists.Length; l++)
        {
            foreach (var word in s_lists[l].Words)
            {
                var key = word.ToString();
                if (!languages.TryGetValue(key, out var list))
                {
                    languages[key] = list = [];
                }
                if (!list.Contains(l))
                {
                    list.Add(l);
                }
            }
        }
        return languages.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
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
