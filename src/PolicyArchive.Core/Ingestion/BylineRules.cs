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
        var text = line.Trim();
        var m = Dateline().Match(text);
        if (m.Success)
        {
            // "发布时间：2025-04-16 09:32 来源：华夏科技网": the source after the date is for the publication, not the date.
            return DateMentionParser.TryParseWhole(TrailingSource().Replace(m.Groups["date"].Value, ""), out date);
        }
        // Chinese and Japanese pages print the date alone under the title: "2025年6月3日 18:05", "2025-04-16 09:32　来源：新华网".
        var bare = CjkDateline().Match(text);
        if (!bare.Success) return false;
        var (year, month, day) = (int.Parse(bare.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(bare.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(bare.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture));
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>The authors an East Asian byline names: "作者：李明 王芳", "本报记者 李明", "文／李明", "文・山田太郎（東都新聞記者）",
    /// "筆者：山田 太郎". Chinese bylines separate names by spaces; Japanese ones write one name with a space inside, so only
    /// "、" and "/" separate them. Empty when the line is not such a byline.</summary>
    public static IReadOnlyList<string> CjkBylineNames(string line)
    {
        var m = CjkByline().Match(line.Trim());
        if (!m.Success) return [];
        var japanese = m.Groups["ja"].Success || m.Groups["names"].Value.Any(c => ScriptClassifier.Of(c) == Script.Kana);
        var raw = CjkBylineTail().Replace(m.Groups["names"].Value.Trim(), "");
        var names = japanese
            ? raw.Split(['、', '，', ',', '/', '／'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : raw.Split([' ', '\u3000', '、', '，', ',', '/', '／'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return names.Length is > 0 and <= 6 && names.All(n => CjkName().IsMatch(n.Replace(" ", "", StringComparison.Ordinal).Replace("\u3000", "", StringComparison.Ordinal)))
            ? names.Select(n => n.Replace('\u3000', ' ')).ToList()
            : [];
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

    [GeneratedRegex(@"\s+(?:来源|來源|稿源|出典|出所)\s*[:：].*$")]
    private static partial Regex TrailingSource();

    [GeneratedRegex(@"^(?<y>(?:19|20)\d{2})(?:\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日|[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2}))(?:\s*[（(][月火水木金土日][）)])?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?(?:\s+(?:来源|來源|稿源|出典|出所)\s*[:：].{1,40})?$")]
    private static partial Regex CjkDateline();

    // The label decides how names are separated: "文・", "筆者", "著者", "執筆" are Japanese; "作者", "记者", "文／" Chinese.
    [GeneratedRegex(@"^[（(【\[]?\s*(?:(?<ja>文・写真|写真・文|取材・文|筆者|著者|執筆者?|文(?=・))|(?<zh>本报记者|本報記者|特约记者|特約記者|作者|记者|記者|撰文|编译|編譯|文(?=\s*[／/:：])))(?:\s*[:：・/／|｜]\s*|\s+)(?<names>[^（(）)\]】]+?)\s*(?:[（(][^）)]*[）)])?\s*[）)\]】]?$")]
    private static partial Regex CjkByline();

    [GeneratedRegex(@"\s*(?:报道|報道|摄影|攝影|摄|攝|整理|发自\S+|發自\S+)$")]
    private static partial Regex CjkBylineTail();

    // A name in Han or kana: two to ten characters once spaces are taken out.
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}\u3041-\u3096\u30A1-\u30FA\u30FC\u30FB々]{2,10}$")]
    private static partial Regex CjkName();

    [GeneratedRegex(@"^(?:article en référence|article de référence|article original|source originale|lien original|lien|sources?|original|référence|reference|url|via|link|原文链接|原文鏈接|原文|出典|出所|元記事)\s*[:：]\s*(?<url>https?://\S+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();
}
