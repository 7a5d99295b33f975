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

    private static readonly (Script Script, string Language)[] s_otherScripts =
        [(Script.Cyrillic, "ru"), (Script.Greek, "el"), (Script.Arabic, "ar"), (Script.Hebrew, "he"), (Script.Devanagari, "hi"), (Script.Thai, "th")];

    private static readonly int s_scriptCount = Enum.GetValues<Script>().Length;

    private static readonly LanguageGuess s_nothing = new(Undetermined, false);

    public static string Identify(string? text) => Guess(text).Language;

    public static LanguageGuess Guess(string? text) => string.IsNullOrWhiteSpace(text) ? s_nothing : Guess(text.AsSpan());

    /// <summary>As <see cref="Guess(string?)"/>, on part of a text: ingestion guesses every sentence without copying it.</summary>
    public static LanguageGuess Guess(ReadOnlySpan<char> text)
    {
        if (text.IsWhiteSpace())
        {
            return s_nothing;
        }

        Span<int> counts = stackalloc int[s_scriptCount];
        var latinWords = 0;
        var inLatinWord = false;
        foreach (var c in text)
        {
            var script = ScriptClassifier.Of(c);
            counts[(int)script]++;
            var isLatin = script == Script.Latin;
            if (isLatin && !inLatinWord)
            {
                latinWords++;
            }
            inLatinWord = isLatin || (inLatinWord && c is '\'' or '’' or '-');
        }

        var han = counts[(int)Script.Han];
        var kana = counts[(int)Script.Kana];
        var hangul = counts[(int)Script.Hangul];
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

        var (otherCount, otherLanguage) = (counts[(int)s_otherScripts[0].Script], s_otherScripts[0].Language);
        foreach (var (script, language) in s_otherScripts.AsSpan(1))
        {
            if (counts[(int)script] > otherCount)
            {
                (otherCount, otherLanguage) = (counts[(int)script], language);
            }
        }
        if (otherCount > counts[(int)Script.Latin])
        {
            return new(otherLanguage, otherCount >= 3);
        }

        if (latinWords == 0)
        {
            return s_nothing;
        }
        var scores = LatinStopWordModel.Score(text);
        // Highest first; on a tie the language listed first wins, as a stable sort would give.
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }
        var second = best == 0 ? 1 : 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (i != best && scores[i] > scores[second])
            {
                second = i;
            }
        }
        if (scores[best] < 0.5)
        {
            return s_nothing;
        }
        var confident = scores[best] >= 1.0 && scores[best] - scores[second] >= 0.5;
        return new(LatinStopWordModel.Languages[best], confident);
    }
}
