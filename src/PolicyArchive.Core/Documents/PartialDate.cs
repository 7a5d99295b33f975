using System.Globalization;

namespace PolicyArchive.Core.Documents;

public enum DatePrecision { None, Year, Month, Day, DayAndMonth }

/// <summary>A publication date as precise as the source allows: a year alone, a month, a full day, or a day and month with no year.</summary>
public readonly record struct PartialDate(int? Year, int? Month, int? Day)
{
    public static PartialDate Unknown => default;

    public DatePrecision Precision => (Year, Month, Day) switch
    {
        (not null, not null, not null) => DatePrecision.Day,
        (not null, not null, null) => DatePrecision.Month,
        (not null, null, _) => DatePrecision.Year,
        (null, not null, not null) => DatePrecision.DayAndMonth,
        _ => DatePrecision.None,
    };

    public bool IsKnown => Precision != DatePrecision.None;

    /// <summary>ISO 8601 with only the known parts: "2025", "2025-05", "2025-05-09", or "--08-28" for a day and month.</summary>
    public string? ToIso() => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        DatePrecision.Year => $"{Year:D4}",
        DatePrecision.DayAndMonth => $"--{Month:D2}-{Day:D2}",
        _ => null,
    };

    /// <summary>The date for people, through <see cref="PartialDateFormatter"/>.</summary>
    public string Display(CultureInfo? culture = null) => PartialDateFormatter.Format(this, culture);

    public static bool TryParseIso(string? text, out PartialDate date)
    {
        date = Unknown;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        var inv = CultureInfo.InvariantCulture;
        if (text.StartsWith("--", StringComparison.Ordinal)
            && DateTime.TryParseExact("2000" + text[1..], "yyyy-MM-dd", inv, DateTimeStyles.None, out var dm))
        {
            date = new(null, dm.Month, dm.Day);
            return true;
        }
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", inv, DateTimeStyles.None, out var d)) { date = new(d.Year, d.Month, d.Day); return true; }
        if (DateTime.TryParseExact(text, "yyyy-MM", inv, DateTimeStyles.None, out var m)) { date = new(m.Year, m.Month, null); return true; }
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, inv, out var y) && y is >= 1000 and <= 9999) { date = new(y, null, null); return true; }
        return false;
    }
}
