using System.Text;

namespace PolicyArchive.Core.Search.Lexicon;

/// <summary>A name's consonants as Japanese writes them in katakana and as Latin letters spell them, so that Nexperia
/// meets ネクスペリア, Hollywood ハリウッド and Romansh ロマンシュ without a dictionary naming them. Katakana gives each
/// syllable's consonant; a Latin spelling is read the way katakana renders it (l as r, v as b, f as h, th and sh as s,
/// an r before a consonant unsaid, m before b or p as n), and where a spelling is read several ways (ch in "tech",
/// "China" and French « romanche ») each reading is a key. Vowels are dropped (katakana adds them where English
/// clusters consonants) and a doubled consonant counts once. Keys of fewer than <see cref="MinConsonants"/> consonants
/// are too common to tell names apart and are not made.</summary>
public static class SoundKey
{
    public const int MinConsonants = 3;

    /// <summary>More readings than this of one word (several ch and soft g) are not worth their postings.</summary>
    private const int MaxReadings = 4;

    private static readonly Dictionary<char, char> s_kana = BuildKana();

    private static Dictionary<char, char> BuildKana()
    {
        var map = new Dictionary<char, char>();
        void Add(string kana, char consonant)
        {
            foreach (var k in kana) map[k] = consonant;
        }
        // '-' marks a kana without a consonant of its own (vowels, y- and w- glides, the long mark, the small tsu).
        Add("ァアィイゥウェエォオャヤュユョヨヮワヰヱヲー", '-');
        Add("ッ", '-');
        Add("カキクケコヵヶ", 'k');
        Add("ガギグゲゴ", 'g');
        Add("サシスセソザズゼゾヅ", 's');
        Add("ジヂ", 'j');
        Add("タチテト", 't');
        Add("ダデド", 'd');
        Add("ナニヌネノン", 'n');
        Add("ハヒフヘホ", 'h');
        Add("バビブベボヴヷヸヹヺ", 'b');
        Add("パピプペポ", 'p');
        Add("マミムメモ", 'm');
        Add("ラリルレロ", 'r');
        return map;
    }

    public static bool IsKatakana(char c) => s_kana.ContainsKey(c);

    /// <summary>The key of a run of katakana (ツ is "ts"), or null when it has too few consonants.</summary>
    public static string? OfKatakana(string run)
    {
        var key = new StringBuilder();
        foreach (var c in run)
        {
            if (c == 'ツ') key.Append("ts");
            else if (s_kana.TryGetValue(c, out var consonant)) { if (consonant != '-') key.Append(consonant); }
            else return null;
        }
        return Finish(key);
    }

    /// <summary>Each katakana word of <paramref name="text"/> (runs split at the middle dot) as its key, and each pair of
    /// words joined by one middle dot as one word.</summary>
    public static IEnumerable<string> KatakanaKeys(string text) => KatakanaWords(text).Select(w => w.Key);

    /// <summary>Where each katakana word of <paramref name="text"/> with a key stands (end exclusive), and its key; two
    /// words joined by one middle dot also stand as one (ティリー・ノーウッド is Tilly Norwood: each name alone has too few
    /// consonants to tell it apart, as the Latin side pairs two capitalised words).</summary>
    public static IEnumerable<(int Start, int End, string Key)> KatakanaWords(string text)
    {
        var start = -1;
        var previousStart = -1;
        var previousEnd = -2;
        for (var i = 0; i <= text.Length; i++)
        {
            var inRun = i < text.Length && s_kana.ContainsKey(text[i]);
            if (inRun && start < 0) start = i;
            if (inRun || start < 0) continue;
            if (OfKatakana(text[start..i]) is { } key) yield return (start, i, key);
            if (start == previousEnd + 1 && IsNameDot(text[previousEnd]) && OfKatakana(text[previousStart..previousEnd] + text[start..i]) is { } pair)
                yield return (previousStart, i, pair);
            (previousStart, previousEnd) = (start, i);
            start = -1;
        }
    }

    /// <summary>The marks Japanese writes between a foreign name's given name and surname.</summary>
    public static bool IsNameDot(char c) => c is '・' or '･' or '゠' or '＝' or '=';

    // Every text's every word is read when it is indexed, and words repeat: each spelling is worked out once.
    private static readonly BoundedCache<string, IReadOnlyList<string>> s_latin = new(200_000, StringComparer.Ordinal);

    /// <summary>The keys of every reading of a Latin word, none when it is too short or not Latin letters.</summary>
    public static IReadOnlyList<string> OfLatin(string word) => word.Length < 4 ? [] : s_latin.GetOrAdd(word, ReadLatin);

    private static IReadOnlyList<string> ReadLatin(string word)
    {
        var letters = Fold(word);
        if (letters is null || letters.Length < 4) return [];
        var readings = new List<StringBuilder> { new() };
        for (var i = 0; i < letters.Length; i++)
        {
            var c = letters[i];
            var next = i + 1 < letters.Length ? letters[i + 1] : '\0';
            var after = i + 2 < letters.Length ? letters[i + 2] : '\0';
            string[] sounds;
            switch (c)
            {
                case 'a' or 'e' or 'i' or 'o' or 'u' or 'y': sounds = ["a"]; break;
                case 'p' when next == 'h': sounds = ["h"]; i++; break;
                case 't' when next == 'h': sounds = ["s"]; i++; break;
                case 's' when next == 'h': sounds = ["s"]; i++; break;
                case 'c' when next == 'h': sounds = ["t", "s", "k"]; i++; break;
                case 'c' when next == 'k': sounds = ["k"]; i++; break;
                case 'c': sounds = next is 'e' or 'i' or 'y' ? ["s"] : ["k"]; break;
                case 'g' when next == 'h': sounds = i == 0 ? ["g"] : [""]; i++; break;
                case 'g': sounds = next is 'e' or 'i' ? ["g", "j"] : ["g"]; break;
                case 'd' when next == 'g': sounds = ["j"]; i++; break;
                case 'w' when next == 'h': sounds = ["h"]; i++; break;
                case 'q': sounds = ["k"]; if (next == 'u') i++; break;
                case 'x': sounds = i == 0 ? ["s"] : ["ks"]; break;
                // -tion, -tia: "regulation" レギュレーション.
                case 't' when next == 'i' && IsVowel(after): sounds = ["s"]; break;
                case 'r': sounds = IsVowel(next) ? ["r"] : [""]; break;
                case 'l': sounds = ["r"]; break;
                case 'v': sounds = ["b"]; break;
                case 'f': sounds = ["h"]; break;
                case 'w': sounds = [""]; break;
                case 'z': sounds = ["s"]; break;
                case 'm' when next is 'b' or 'p': sounds = ["n"]; break;
                case 'h' when i > 0 && !IsVowel(letters[i - 1]): sounds = [""]; break;
                default: sounds = [c.ToString()]; break;
            }
            if (sounds.Length == 1)
            {
                foreach (var r in readings) r.Append(sounds[0]);
                continue;
            }
            if (readings.Count * sounds.Length > MaxReadings) sounds = sounds[..1];
            readings = readings.SelectMany(r => sounds.Select(s => new StringBuilder(r.ToString()).Append(s))).ToList();
        }
        return readings.Select(r => Finish(r.Replace("a", ""))).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Each Latin word of <paramref name="text"/> as its keys, and each pair of capitalised words side by side
    /// as one word (ゲッティイメージズ is Getty Images: katakana writes a name of two words without a space).</summary>
    public static IEnumerable<string> LatinKeys(string text) => LatinWords(text).Select(w => w.Key);

    /// <summary>Where each Latin word (or pair of capitalised words) of <paramref name="text"/> stands, once per key.</summary>
    public static IEnumerable<(int Start, int End, string Key)> LatinWords(string text)
    {
        string? previousName = null;
        var previousStart = -1;
        var previousEnd = -2;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && IsLatinLetter(text[i]);
            if (inWord && start < 0) start = i;
            if (inWord || start < 0) continue;
            // Short words have no key, and most words of a text are short: they are passed over without a copy.
            var word = i - start >= 4 || char.IsUpper(text[start]) ? text[start..i] : "";
            foreach (var key in OfLatin(word)) yield return (start, i, key);
            var name = word.Length > 0 && char.IsUpper(word[0]) ? word : null;
            if (name is not null && previousName is not null && start == previousEnd + 1 && text[previousEnd] == ' ')
            {
                foreach (var key in OfLatin(previousName + name)) yield return (previousStart, i, key);
            }
            (previousName, previousStart, previousEnd) = (name, start, i);
            start = -1;
        }
    }

    /// <summary>A letter of the Latin scripts (with their accents), whose words have Latin sound keys.</summary>
    public static bool IsLatinLetter(char c) => char.IsLetter(c) && c < '\u0250';

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static string? Finish(StringBuilder consonants)
    {
        var key = new StringBuilder(consonants.Length);
        foreach (var c in consonants.ToString())
        {
            if (key.Length == 0 || key[^1] != c) key.Append(c);
        }
        return key.Length >= MinConsonants ? key.ToString() : null;
    }

    // Lower-case a-z, folded as the lexicon folds its keys (accents dropped, œ as oe), or null for anything else (digits,
    // other scripts).
    private static string? Fold(string word)
    {
        var folded = word.All(char.IsAsciiLetter) ? word.ToLowerInvariant() : LexiconKey.Fold(word);
        return folded.All(c => c is >= 'a' and <= 'z') ? folded : null;
    }
}
