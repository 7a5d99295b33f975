using System.Globalization;
using System.Text.RegularExpressions;

using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Ingestion;

/// <summary>Reads dates as pages write them, in French, English, Chinese and Japanese ("28 août", "le 9 mai 2025",
/// "May 9, 2025", "janvier 2025", "2025年5月9日", "2025-05-09"). The result keeps the source's precision: a day and a
/// month without a year stay that way.</summary>
public static partial class DateMentionParser
{
    private static readonly (string Prefix, int Month)[] s_months =
    [
        ("janv", 1), ("févr", 2), ("fevr", 2), ("mars", 3), ("avr", 4), ("mai", 5), ("juin", 6), ("juil", 7), ("août", 8), ("aout", 8),
        ("sept", 9), ("oct", 10), ("nov", 11), ("déc", 12), ("dec", 12),
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("may", 5), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9),
    ];

    /// <summary>The first date mentioned in the text, with where it is.</summary>
    public static bool TryFind(string text, out PartialDate date, out int index, out int length)
    {
        (date, index, length) = (PartialDate.Unknown, -1, 0);
        foreach (Match m in Mention().Matches(text))
        {
            if (TryBuild(m, out date))
            {
                (index, length) = (m.Index, m.Length);
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the whole text is one date, optionally followed by a time ("28 août, 22:26").</summary>
    public static bool TryParseWhole(string text, out PartialDate date)
    {
        date = PartialDate.Unknown;
        var trimmed = TrailingTime().Replace(text.Trim(), "").Trim().TrimEnd(',', '·', '-', '—', ' ');
        var m = Mention().Match(trimmed);
        return m.Success && m.Index == 0 && m.Length == trimmed.Length && TryBuild(m, out date);
    }

    private static bool TryBuild(Match m, out PartialDate date)
    {
        date = PartialDate.Unknown;
        int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
        int? day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
        int? month = m.Groups["mn"].Success ? int.Parse(m.Groups["mn"].Value, CultureInfo.InvariantCulture) : MonthOf(m.Groups["m"].Value);
        if (month is null or < 1 or > 12 || day is < 1 or > 31 || (day is null && year is null))
        {
            return false;
        }
        if (day is not null && day > DateTime.DaysInMonth(year ?? 2000, month.Value))
        {
            return false;
        }
        date = new PartialDate(year, month, day);
        return true;
    }

    private static int? MonthOf(string name)
    {
        if (name.Length == 0)
        {
            return null;
        }
        var lower = name.ToLowerInvariant().TrimEnd('.');
        foreach (var (prefix, month) in s_months)
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal))
            {
                return month;
            }
        }
        return null;
    }

    private const string MonthName = @"(?<m>janvier|janv\.?|février|fevrier|févr\.?|mars|avril|avr\.?|mai|juin|juillet|juil\.?|août|aout|septembre|sept\.?|octobre|oct\.?|novembre|nov\.?|décembre|decembre|déc\.?|january|jan\.?|february|feb\.?|march|mar\.?|april|apr\.?|may|june|jun\.?|july|jul\.?|august|aug\.?|september|sep\.?|october|october|november|december|dec\.?)";

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})-(?<mn>\d{2})-(?<d>\d{2})\b"
        + @"|(?:(?<y>(?:19|20)\d{2})\s*年\s*)?(?<mn>\d{1,2})\s*月\s*(?:(?<d>\d{1,2})\s*日)?"
        + @"|\b(?<d>\d{1,2})(?:er|st|nd|rd|th)?\s+" + MonthName + @"(?:,?\s+(?<y>(?:19|20)\d{2}))?(?![\p{L}])"
        + @"|\b" + MonthName + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<y>(?:19|20)\d{2}))?(?![\p{L}\d])"
        + @"|\b" + MonthName + @"\s+(?<y>(?:19|20)\d{2})\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Mention();

    [GeneratedRegex(@"(?:,?\s*(?:à\s*)?\d{1,2}\s*[:h]\s*\d{2}(?:\s*[ap]\.?m\.?)?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingTime();
}
