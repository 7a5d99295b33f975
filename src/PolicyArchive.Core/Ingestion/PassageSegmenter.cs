using System.Text.RegularExpressions;

namespace PolicyArchive.Core.Ingestion;

/// <summary>Splits a body into runs of one language. CJK and Latin text are separated inside a line (a Chinese
/// sentence in a French line becomes its own passage; a short Latin word inside Chinese, like "AI", stays with it);
/// Latin text is identified by sentence, falling back to its line and then to the document when a sentence is too
/// short to tell. The spans cover the whole body, in order, without gaps.</summary>
public static partial class PassageSegmenter
{
    private const int MaxLatinWordsInsideCjk = 3;

    public static IReadOnlyList<PassageSpan> Segment(string body, string documentLanguage)
    {
        if (body.Length == 0)
        {
            return [];
        }
        var hasKana = body.Any(c => ScriptClassifier.Of(c) == Script.Kana);
        var pieces = new List<(int Start, int Length, string Language)>();
        var previousLatin = IsLatinLanguage(documentLanguage) ? documentLanguage : null;
        var lineStart = 0;
        while (lineStart < body.Length)
        {
            var newline = body.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? body.Length : newline + 1;
            foreach (var run in ScriptRuns(body, lineStart, lineEnd))
            {
                var text = body.Substring(run.Start, run.Length);
                if (run.Cjk)
                {
                    var lang = LanguageIdentifier.Identify(text);
                    pieces.Add((run.Start, run.Length, lang == "zh" && hasKana && documentLanguage == "ja" ? "ja" : lang is "und" ? documentLanguage : lang));
                    continue;
                }
                var lineGuess = LanguageIdentifier.Guess(text);
                // Latin-script text is never Chinese or Japanese: when the document counts as CJK, an unsure line keeps its own best guess.
                var latinFallback = previousLatin ?? (IsLatinLanguage(documentLanguage) || lineGuess.Language == LanguageIdentifier.Undetermined ? documentLanguage : lineGuess.Language);
                var fallback = lineGuess.Confident ? lineGuess.Language : latinFallback;
                foreach (var (start, length) in Sentences(text))
                {
                    var guess = LanguageIdentifier.Guess(text.AsSpan(start, length));
                    // A sentence too short to be sure still counts when it agrees with its context.
                    var lang = guess.Confident || (guess.Language != LanguageIdentifier.Undetermined && (guess.Language == previousLatin || guess.Language == documentLanguage)) ? guess.Language : fallback;
                    pieces.Add((run.Start + start, length, lang));
                    if (IsLatinLanguage(lang))
                    {
                        previousLatin = lang;
                    }
                }
            }
            lineStart = lineEnd;
        }
        return Merge(pieces);
    }

    /// <summary>The language with the most characters among the passages (und when none is known).</summary>
    public static string DominantLanguage(IReadOnlyList<PassageSpan> passages) =>
        passages.Where(p => p.Language != LanguageIdentifier.Undetermined)
            .GroupBy(p => p.Language)
            .OrderByDescending(g => g.Sum(p => p.Length))
            .Select(g => g.Key)
            .FirstOrDefault() ?? LanguageIdentifier.Undetermined;

    private static bool IsLatinLanguage(string lang) => lang is "fr" or "en" or "de" or "es" or "it" or "pt" or "nl";

    private static List<PassageSpan> Merge(List<(int Start, int Length, string Language)> pieces)
    {
        var spans = new List<PassageSpan>();
        foreach (var (start, length, language) in pieces)
        {
            if (length == 0)
            {
                continue;
            }
            if (spans.Count > 0 && spans[^1].Language == language)
            {
                spans[^1] = spans[^1] with { Length = spans[^1].Length + length };
            }
            else
            {
                spans.Add(new PassageSpan(start, length, language));
            }
        }
        return spans;
    }

    private static List<(int Start, int Length, bool Cjk)> ScriptRuns(string body, int from, int to)
    {
        var runs = new List<(int Start, int Length, bool Cjk)>();
        bool? current = null;
        var start = from;
        for (var i = from; i < to; i++)
        {
            var c = body[i];
            var script = ScriptClassifier.Of(c);
            bool? kind = ScriptClassifier.IsCjk(script) || ScriptClassifier.IsCjkPunctuation(c) ? true
                : script != Script.Other ? false
                : null;
            if (kind is null || kind == current)
            {
                continue;
            }
            if (current is not null)
            {
                runs.Add((start, i - start, current.Value));
                start = i;
            }
            current = kind;
        }
        runs.Add((start, to - start, current ?? false));
        return Absorb(body, runs);
    }

    // A few Latin words inside CJK text ("AI", "H800") belong to it, and a lone CJK character in Latin text to that.
    private static List<(int Start, int Length, bool Cjk)> Absorb(string body, List<(int Start, int Length, bool Cjk)> runs)
    {
        var result = new List<(int Start, int Length, bool Cjk)>();
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            var text = body.Substring(run.Start, run.Length);
            var prevCjk = result.Count > 0 && result[^1].Cjk;
            var nextCjk = i + 1 < runs.Count && runs[i + 1].Cjk;
            var absorbLatin = !run.Cjk && prevCjk && (nextCjk || i == runs.Count - 1) && Words(text) <= MaxLatinWordsInsideCjk;
            var absorbCjk = run.Cjk && result.Count > 0 && !result[^1].Cjk && text.Count(c => ScriptClassifier.IsCjk(ScriptClassifier.Of(c))) < 2;
            if (result.Count > 0 && (absorbLatin || absorbCjk || result[^1].Cjk == run.Cjk))
            {
                result[^1] = (result[^1].Start, result[^1].Length + run.Length, result[^1].Cjk);
            }
            else
            {
                result.Add(run);
            }
        }
        return result;
    }

    private static int Words(string text) => WordPattern().Matches(text).Count;

    private static IEnumerable<(int Start, int Length)> Sentences(string text)
    {
        var start = 0;
        foreach (Match m in SentenceBoundary().Matches(text))
        {
            var end = m.Index + m.Length;
            yield return (start, end - start);
            start = end;
        }
        if (start < text.Length)
        {
            yield return (start, text.Length - start);
        }
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{M}\d'’-]*")]
    private static partial Regex WordPattern();

    // A sentence end and the spaces after it, when a capital letter follows; also "word.Word" glued by a bad copy.
    [GeneratedRegex(@"(?<=[\p{Ll}\d)»""”][.!?])(?:\s+|(?=\p{Lu}\p{Ll}))(?=[«""“(]?\p{Lu})")]
    private static partial Regex SentenceBoundary();
}
