using System.Globalization;
using System.Text;

namespace PolicyArchive.Core.Search.Lexicon;

/// <summary>The one spelling under which the lexicon stores and looks up a term, shared by the build tool and the app:
/// lower case, accents and French elisions dropped, hyphens and apostrophes as spaces, a plural ending removed from each
/// word ("Contrôles à l'exportation" and "controle a exportation" meet). Chinese and Japanese keep their characters.</summary>
public static class LexiconKey
{
    private static readonly string[] s_elisions = ["l", "d", "qu", "n", "s", "j", "c", "m", "t", "jusqu", "lorsqu", "puisqu"];

    public static string Of(string text)
    {
        var words = Words(text);
        return string.Join(' ', words.Count > 2 ? ArticlesAlike(words) : words);
    }

    /// <summary>A French phrase's contracted article changes with its number, not its sense (« annotation des données »,
    /// « annotation de données », « accès aux données »): inside a phrase, « des » and « du » are « de », « au » and « aux »
    /// are « à », so the variants meet. « de la » stays (« Autorité de la concurrence » is France's, « autorité de
    /// concurrence » any), and a connector dropped or added makes another phrase ("évaluation sécurité" is not
    /// « évaluation de sécurité »).</summary>
    private static List<string> ArticlesAlike(IReadOnlyList<string> words) =>
        [words[0], .. words.Skip(1).Take(words.Count - 2).Select(w => w switch { "des" or "du" => "de", "au" or "aux" => "a", _ => w }), words[^1]];

    public static IReadOnlyList<string> Words(string text)
    {
        var folded = Fold(text);
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c)) { current.Append(c); continue; }
            if (c is '\'' or '’' && current.Length > 0 && s_elisions.Contains(current.ToString(), StringComparer.Ordinal))
            {
                current.Clear();
                continue;
            }
            Flush(current, words);
        }
        Flush(current, words);
        return words;
    }

    private static void Flush(StringBuilder current, List<string> words)
    {
        if (current.Length == 0) return;
        words.Add(Singular(current.ToString()));
        current.Clear();
    }

    /// <summary>The key of <paramref name="text"/> read as French where <see cref="Singular"/> read an English "-ies"
    /// plural: « salariés », « licenciés » are plurals of « salarié », « licencié », not of "salary"; null when no word
    /// ends so.</summary>
    public static string? FrenchPlural(string text)
    {
        var words = Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 1 || words[0].Length <= 4 || !words[0].EndsWith("ies", StringComparison.Ordinal) || !words[0].All(char.IsAsciiLetterLower)) return null;
        return words[0][..^1];
    }

    /// <summary>Keys for a single word's plural that <see cref="Singular"/> does not undo, most likely first, to try when
    /// the lexicon lacks its own key: French -aux (« réseaux » → réseau, « nationaux », « fiscaux » → national, fiscal)
    /// and English -es ("processes" → process, "biases" → bias, "approaches" → approach).</summary>
    public static IEnumerable<string> OtherSingulars(string text)
    {
        var word = Fold(text).Trim();
        if (word.Length <= 4 || !word.All(char.IsAsciiLetterLower)) yield break;
        if (word.EndsWith("aux", StringComparison.Ordinal))
        {
            yield return word[..^1];
            yield return word[..^3] + "al";
        }
        // Keyed as the lexicon keys its words: "bias" is stored as "bia".
        else if (word.EndsWith("es", StringComparison.Ordinal)) yield return Singular(word[..^2]);
    }

    /// <summary>Whether <paramref name="text"/> carries a Latin letter's accent (« salariés »): then it is not English.</summary>
    public static bool Accented(string text) => !string.Equals(Fold(text), text.ToLowerInvariant(), StringComparison.Ordinal);

    /// <summary>Crude plural folding for French and English, the same on both sides of every lookup.</summary>
    public static string Singular(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal)) return word[..^3] + "y";
        if (word.Length > 3 && word[^1] == 's' && char.IsAsciiLetter(word[^2]) && word[^2] != 's' && word[^2] != 'u') return word[..^1];
        return word;
    }

    /// <summary>Lower case without diacritics; full-width Latin and digits made ASCII.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            // Only Latin letters lose their marks: kana keep their voicing marks (が is not か).
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark && sb.Length > 0 && sb[^1] < '\u0250') continue;
            sb.Append(c switch { 'œ' or 'Œ' => "oe", 'æ' or 'Æ' => "ae", 'ß' => "ss", _ => char.ToLowerInvariant(c).ToString() });
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Han, kana: text that is segmented with the dictionaries' headwords rather than split at spaces.</summary>
    public static bool IsCjk(char c) => c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or '\u30FC' or '々';
}
