using System.Globalization;

namespace PolicyArchive.Core.Citations;

/// <summary>An author's name as citation formats want it: family and given names when the name splits clearly, else
/// the name as written (<see cref="Literal"/>) — organisations, single names, and CJK names written without a space.
/// CJK names with a space are family name first ("習 近平"); "Family, Given" is read as written.</summary>
public sealed record PersonName(string? Family, string? Given, string? Suffix, string Literal)
{
    public bool IsSplit => Family is not null;

    private static readonly HashSet<string> s_particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "van", "von", "de", "der", "den", "del", "della", "da", "di", "du", "des", "le", "la", "ten", "ter", "bin", "ibn", "al", "el", "dos", "das",
    };

    private static readonly HashSet<string> s_suffixes = new(StringComparer.OrdinalIgnoreCase) { "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV" };

    // Words that make a name an organisation's rather than a person's.
    private static readonly HashSet<string> s_organisationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "inc.", "ltd", "ltd.", "llc", "corp", "corp.", "corporation", "company", "gmbh", "sa", "s.a.", "pbc", "plc", "institute", "institut",
        "university", "université", "committee", "commission", "comité", "senate", "sénat", "council", "conseil", "agency", "agence", "ministry",
        "ministère", "department", "office", "foundation", "fondation", "center", "centre", "group", "groupe", "association", "bureau", "lab", "labs",
        "team", "équipe", "house", "parliament", "parlement", "government", "gouvernement", "the", "of", "for", "and", "&", "ai", "news", "times",
    };

    public static PersonName Parse(string name)
    {
        var literal = string.Join(' ', name.Split((char[])[' ', '\t', '\r', '\n', '\u3000'], StringSplitOptions.RemoveEmptyEntries));
        var none = new PersonName(null, null, null, literal);
        if (literal.Length == 0) return none;
        if (literal.Any(IsCjk))
        {
            var parts = literal.Split(' ');
            return parts.Length == 2 ? new PersonName(parts[0], parts[1], null, literal) : none;
        }
        if (literal.Any(char.IsDigit)) return none;
        var comma = literal.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (comma.Length == 2 && !comma.SelectMany(p => p.Split(' ')).Any(s_organisationWords.Contains) && !s_suffixes.Contains(comma[1]))
            return new PersonName(comma[0], comma[1], null, literal);
        if (comma.Length > 1 && !(comma.Length == 2 && s_suffixes.Contains(comma[1]))) return none;

        var words = literal.Replace(",", "", StringComparison.Ordinal).Split(' ').ToList();
        if (words.Any(s_organisationWords.Contains)) return none;
        string? suffix = null;
        if (words.Count > 2 && s_suffixes.Contains(words[^1]))
        {
            suffix = words[^1];
            words.RemoveAt(words.Count - 1);
        }
        if (words.Count < 2 || words.Any(w => !char.IsUpper(w[0]) && !s_particles.Contains(w))) return none;
        // The family name starts at its first particle ("Ursula von der Leyen"), else it is the last word.
        var start = words.Count - 1;
        while (start > 1 && s_particles.Contains(words[start - 1])) start--;
        return new PersonName(string.Join(' ', words[start..]), string.Join(' ', words[..start]), suffix, literal);
    }

    /// <summary>"Family, Given" (RIS AU, BibTeX author), or the name as written.</summary>
    public string Inverted => Family is null ? Literal : Family + ", " + Given + (Suffix is null ? "" : ", " + Suffix);

    private static bool IsCjk(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category == UnicodeCategory.OtherLetter && c is (>= '\u3040' and <= '\u30ff') or (>= '\u3400' and <= '\u9fff') or (>= '\uac00' and <= '\ud7af') or (>= '\uf900' and <= '\ufaff');
    }
}
