using System.Text.RegularExpressions;

using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Ingestion;

/// <summary>Lines that carry metadata rather than article text: a byline (a bare person name, "Par Nom",
/// "Nom28 août, 22:26"), a dateline ("Publié le 9 mai 2025"), a source reference ("Article en référence: URL").
/// Names are only ever read from such lines, never from sentences ("Le PDG d'AMD, Lisa Su, a déclaré" names no author).</summary>
public static partial class BylineRules
{
    private static readonly HashSet<string> s_nameParticles = new(StringComparer.Ordinal) { "de", "du", "des", "van", "von", "der", "den", "da", "di", "le", "la", "bin", "al", "y" };

    /// <summary>A line that is only a person's name: two to four capitalised words, no digits, no sentence words.</summary>
    public static bool IsBareName(string line)
    {
        var text = line.Trim();
        if (text.Length is < 4 or > 40 || text.Any(char.IsDigit) || !NameShape().IsMatch(text))
        {
            return false;
        }
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var capitalised = words.Where(w => !s_nameParticles.Contains(w)).ToArray();
        // An all-capitals line is a heading or an acronym list, not a name; a stop word ("The", "Les") marks a heading.
        return capitalised.Length is >= 2 and <= 4
            && !capitalised.All(w => w.All(c => !char.IsLetter(c) || char.IsUpper(c)))
            && capitalised.All(w => LanguageIdentifier.Guess(w).Language == LanguageIdentifier.Undetermined);
    }

    /// <summary>"Par Nom", "By Name", "Auteur : Nom", "作者：名".</summary>
    public static string? LabelledName(string line)
    {
        var m = Labelled().Match(line.Trim());
        return m.Success && IsBareName(m.Groups["name"].Value) ? m.Groups["name"].Value.Trim() : null;
    }

    /// <summary>A name glued to (or followed by) a date, as social sites print them: "Sriram Krishnan28 août, 22:26",
    /// "Jane Doe · @jdoe · 9 mai 2025".</summary>
    public static bool TryNameAndDate(string line, out string name, out PartialDate date)
    {
        (name, date) = ("", PartialDate.Unknown);
        var m = NameThenDate().Match(line.Trim());
        if (!m.Success || !IsBareName(m.Groups["name"].Value) || !DateMentionParser.TryParseWhole(m.Groups["rest"].Value, out date))
        {
            return false;
        }
        name = m.Groups["name"].Value.Trim();
        return true;
    }

    public static bool TryDateline(string line, out PartialDate date)
    {
        date = PartialDate.Unknown;
        var m = Dateline().Match(line.Trim());
        return m.Success && DateMentionParser.TryParseWhole(m.Groups["date"].Value, out date);
    }

    public static string? SourceReferenceUrl(string line)
    {
        var m = Reference().Match(line.Trim());
        return m.Success ? m.Groups["url"].Value.TrimEnd('.', ',', ')', '>') : null;
    }

    [GeneratedRegex(@"^[\p{Lu}][\p{L}\p{M}'’.-]*(?: (?:[\p{Lu}][\p{L}\p{M}'’.-]*|de|du|des|van|von|der|den|da|di|le|la|bin|al|y))+$")]
    private static partial Regex NameShape();

    [GeneratedRegex(@"^(?:par|by|auteure?|author|écrit par|written by|texte|propos recueillis par|作者|著者|文)\s*[:：]?\s*(?<name>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"^(?<name>[\p{Lu}][\p{L}\p{M}'’-]+(?: [\p{Lu}][\p{L}\p{M}'’.-]+){1,3}?)\s*[·•|,–—-]?\s*(?:@\w+\s*[·•|]?\s*)?(?<rest>\d.*|(?i:janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc|jan|feb|mar|apr|may|jun|jul|aug|sep|dec)\p{L}*\.?\s+\d.*)$")]
    private static partial Regex NameThenDate();

    [GeneratedRegex(@"^(?:publiée? le|mise? à jour le|publication\s*:|published(?: on)?\s*:?|updated(?: on)?\s*:?|posted(?: on)?\s*:?|date\s*:|发布时间\s*[:：]?|公開日\s*[:：]?|投稿日\s*[:：]?)\s*(?<date>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^(?:article en référence|article de référence|article original|source originale|lien original|lien|sources?|original|référence|reference|url|via|link|原文链接|原文鏈接|原文|出典|出所|元記事)\s*[:：]\s*(?<url>https?://\S+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();
}
