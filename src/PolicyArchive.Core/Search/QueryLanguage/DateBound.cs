using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyArchive.Core.Search.QueryLanguage;

/// <summary>A year, a month or a day typed in after:/before:, as the yyyymmdd of its first day.</summary>
public readonly partial record struct DateBound(int Year, int? Month, int? Day)
{
    public int FirstDay => Year * 10000 + (Month ?? 1) * 100 + (Day ?? 1);

    public override string ToString() => Day is not null ? $"{Year:D4}-{Month:D2}-{Day:D2}"
        : Month is not null ? $"{Year:D4}-{Month:D2}" : $"{Year:D4}";

    [GeneratedRegex(@"^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$")]
    private static partial Regex Pattern();

    public static bool TryParse(string text, out DateBound bound)
    {
        bound = default;
        var m = Pattern().Match(text.Trim());
        if (!m.Success) return false;
        var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        int? month = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : null;
        int? day = m.Groups[3].Success ? int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) : null;
        if (year < 1000) return false;
        if (month is < 1 or > 12) return false;
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value))) return false;
        bound = new DateBound(year, month, day);
        return true;
    }
}
