namespace PolicyArchive.Core.Ingestion;

public enum Script { Other, Latin, Han, Kana, Hangul, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Thai }

/// <summary>Which writing system a character belongs to, by Unicode block. Enough to tell CJK scripts apart and
/// to separate Latin-script text from the rest; language inside a script is the identifier's job.</summary>
public static class ScriptClassifier
{
    public static Script Of(char c) => c switch
    {
        >= '\u4E00' and <= '\u9FFF' => Script.Han,
        >= '\u3400' and <= '\u4DBF' => Script.Han,
        >= '\uF900' and <= '\uFAFF' => Script.Han,
        // Supplementary-plane ideographs arrive as surrogate pairs; the high surrogates D840–D87F cover them.
        >= '\uD840' and <= '\uD87F' => Script.Han,
        >= '\u3040' and <= '\u30FF' => Script.Kana,
        >= '\u31F0' and <= '\u31FF' => Script.Kana,
        >= '\uFF66' and <= '\uFF9F' => Script.Kana,
        >= '\uAC00' and <= '\uD7AF' => Script.Hangul,
        >= '\u1100' and <= '\u11FF' => Script.Hangul,
        >= '\u3130' and <= '\u318F' => Script.Hangul,
        >= '\u0400' and <= '\u04FF' => Script.Cyrillic,
        >= '\u0370' and <= '\u03FF' => Script.Greek,
        >= '\u0600' and <= '\u06FF' => Script.Arabic,
        >= '\u0590' and <= '\u05FF' => Script.Hebrew,
        >= '\u0900' and <= '\u097F' => Script.Devanagari,
        >= '\u0E00' and <= '\u0E7F' => Script.Thai,
        _ when char.IsLetter(c) && (c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF') => Script.Latin,
        _ => Script.Other,
    };

    public static bool IsCjk(Script s) => s is Script.Han or Script.Kana or Script.Hangul;

    /// <summary>CJK punctuation and full-width forms (、。「」『』【】，！？): neutral, but they belong with CJK text.</summary>
    public static bool IsCjkPunctuation(char c) => c is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFF65';
}
