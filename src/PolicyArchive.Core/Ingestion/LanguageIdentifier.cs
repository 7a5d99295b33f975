namespace PolicyArchive.Core.Ingestion;

/// <summary>A language guess with how sure it is: <see cref="Confident"/> is false when the text is too short or
/// too mixed for the evidence to decide (the caller then falls back to the surrounding language).</summary>
public sealed record LanguageGuess(string Language, bool Confident);

/// <summary>Identifies the language of a text, short or long. Scripts decide first (kana → ja, Han without kana → zh,
/// hangul → ko, Cyrillic → ru, ...); Latin-script text is scored against Lucene's stop-word lists. Returns BCP-47
/// codes, or "und" when nothing in the text tells.</summary>
public static class LanguageIdentifier
{
    public const string Undetermined = "und";

    public static string Identify(string? text) => Guess(text).Language;

    public static LanguageGuess Guess(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new(Undetermined, false);
        }

        var counts = new Dictionary<Script, int>();
        var latinWords = 0;
        var inLatinWord = false;
        foreach (var c in text)
        {
            var script = ScriptClassifier.Of(c);
            counts[script] = counts.GetValueOrDefault(script) + 1;
            var isLatin = script == Script.Latin;
            if (isLatin && !inLatinWord)
            {
                latinWords++;
            }
            inLatinWord = isLatin || (inLatinWord && c is '\'' or '’' or '-');
        }

        var han = counts.GetValueOrDefault(Script.Han);
        var kana = counts.GetValueOrDefault(Script.Kana);
        var hangul = counts.GetValueOrDefault(Script.Hangul);
        // One CJK character carries about as much as one Latin word: compare in those units.
        var cjk = han + kana + hangul;
        if (cjk > 0 && cjk >= latinWords)
        {
            if (hangul > 0 && hangul >= kana && hangul >= han / 2)
            {
                return new("ko", true);
            }
            return kana > 0 ? new("ja", true) : new("zh", han >= 2);
        }

        var other = new[] { (Script.Cyrillic, "ru"), (Script.Greek, "el"), (Script.Arabic, "ar"), (Script.Hebrew, "he"), (Script.Devanagari, "hi"), (Script.Thai, "th") }
            .Select(p => (Count: counts.GetValueOrDefault(p.Item1), Language: p.Item2))
            .MaxBy(p => p.Count);
        if (other.Count > counts.GetValueOrDefault(Script.Latin))
        {
            return new(other.Language, other.Count >= 3);
        }

        if (latinWords == 0)
        {
            return new(Undetermined, false);
        }
        var ranked = LatinStopWordModel.Score(text).OrderByDescending(p => p.Value).ToArray();
        var (best, second) = (ranked[0], ranked[1]);
        if (best.Value < 0.5)
        {
            return new(Undetermined, false);
        }
        var confident = best.Value >= 1.0 && best.Value - second.Value >= 0.5;
        return new(best.Key, confident);
    }
}
