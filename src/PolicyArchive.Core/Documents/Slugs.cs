using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PolicyArchive.Core.Documents;

/// <summary>Readable URL slugs: "Les contrôles d'exportation" becomes "les-controles-d-exportation". Letters and digits
/// of every script are kept ("出口管制" stays), accents dropped, punctuation and spaces become one hyphen. Two names get
/// the same slug only when they differ by case, accents, spaces or punctuation: a few symbols are named ("C++" is
/// c-plus-plus, "C#" c-sharp, "R&amp;D" r-and-d), and a name with other symbols (emoji) gets a short hash of what it is
/// made of after its words ("AI 🤖" is ai-…), or is only that hash when it has no letter or digit at all ("🤖", "???").
/// Tags, collections and thesaurus keys are told apart by their slug, so no fallback is shared between names.</summary>
public static class Slugs
{
    public const int MaxLength = 80;

    /// <summary>The slug of an empty name (callers refuse empty tag and collection names; a document always has a title).</summary>
    public const string Empty = "document";

    private const int HashChars = 8;

    private static readonly Dictionary<int, string> s_named = new()
    {
        ['+'] = "plus", ['&'] = "and", ['@'] = "at", ['%'] = "percent", ['='] = "equals",
        ['$'] = "dollar", ['€'] = "euro", ['£'] = "pound", ['¥'] = "yen",
    };

    public static string From(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return Empty;
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var words = new StringBuilder(decomposed.Length);
        // What the name is made of besides spaces and punctuation: the hash of a name whose symbols the words leave out.
        var signature = new StringBuilder(decomposed.Length);
        var unnamed = false;
        var previous = default(Rune);
        foreach (var rune in decomposed.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            switch (category)
            {
                // Accents go; invisible formatting (soft hyphens, joiners) is nothing.
                case UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format or UnicodeCategory.Control:
                    continue;
                case UnicodeCategory.SpacingCombiningMark:
                    // A vowel sign of an Indic script is part of its word.
                    Append(words, rune);
                    signature.Append(rune.ToString());
                    break;
                default:
                    if (Rune.IsLetter(rune) || Rune.IsNumber(rune))
                    {
                        Append(words, Rune.ToLowerInvariant(rune));
                        signature.Append(Rune.ToLowerInvariant(rune).ToString());
                    }
                    else if (Name(rune, previous) is { } name)
                    {
                        Separate(words);
                        words.Append(name);
                        Separate(words);
                        signature.Append(rune.ToString());
                    }
                    else if (Rune.IsWhiteSpace(rune) || Rune.IsPunctuation(rune))
                    {
                        Separate(words);
                    }
                    else
                    {
                        // A symbol with no name here (an emoji, an arrow): the words leave it out, the hash keeps it.
                        Separate(words);
                        signature.Append(rune.ToString());
                        unnamed = true;
                    }
                    break;
            }
            previous = rune;
        }
        var slug = Cut(words.ToString().Trim('-'), MaxLength).Normalize(NormalizationForm.FormC);
        if (slug.Length == 0)
        {
            // No letter, digit or named symbol: "!!!" and "???" must still differ, so the punctuation counts too.
            return Hash(string.Join(' ', text.Trim().ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        }
        return unnamed ? WithHash(slug, signature.ToString()) : slug;
    }

    /// <summary>The slug for something newly named <paramref name="name"/> (a tag, a collection) whose slug is its address:
    /// its own, or, when <paramref name="taken"/> says another already has it (a slug an earlier rule of this class gave
    /// another name: "🤖" once got "document"), <see cref="Distinct"/>, so the two are never taken for one.</summary>
    public static string FreeFor(string name, Func<string, bool> taken)
    {
        var slug = From(name);
        return taken(slug) ? Distinct(name) : slug;
    }

    /// <summary>The slug of <paramref name="name"/> set apart by a hash of the name.</summary>
    public static string Distinct(string name) =>
        WithHash(From(name), name.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormC));

    private static string WithHash(string slug, string of) =>
        Cut(slug, MaxLength - HashChars - 1).TrimEnd('-') + "-" + Hash(of);

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.Normalize(NormalizationForm.FormC))))[..HashChars];

    /// <summary>The word for a symbol that tells names apart. "#" is "sharp" after a letter (C#, F#); a leading "#" (a
    /// hashtag) is punctuation.</summary>
    private static string? Name(Rune rune, Rune previous) =>
        rune.Value == '#' ? (Rune.IsLetterOrDigit(previous) ? "sharp" : null) : s_named.GetValueOrDefault(rune.Value);

    private static void Append(StringBuilder words, Rune rune)
    {
        if (words.Length < MaxLength + 8) words.Append(rune.ToString());
    }

    private static void Separate(StringBuilder words)
    {
        if (words.Length > 0 && words[^1] != '-') words.Append('-');
    }

    /// <summary>At most <paramref name="max"/> characters, never cutting a surrogate pair, ending on no hyphen.</summary>
    private static string Cut(string slug, int max)
    {
        if (slug.Length <= max) return slug;
        var end = char.IsHighSurrogate(slug[max - 1]) ? max - 1 : max;
        return slug[..end].TrimEnd('-');
    }
}
