using System.Globalization;

namespace PolicyArchive.Core.Documents;

/// <summary>The one way a partial date is written for people: only the parts the source gives, in the culture's words
/// and order ("9 May 2025", "May 2025", "2025", "9 May, year unknown"; "9 mai, année inconnue"; "2025年5月9日").
/// Every page, feed and citation line goes through it, so a date reads the same everywhere.</summary>
public static class PartialDateFormatter
{
    /// <param name="sayMissingYear">False where the page states the precision beside the date itself.</param>
    public static string Format(PartialDate date, CultureInfo? culture = null, bool sayMissingYear = true)
    {
        culture ??= CultureInfo.CurrentUICulture;
        var cjk = culture.TwoLetterISOLanguageName is "ja" or "zh";
        return date.Precision switch
        {
            DatePrecision.Day => new DateTime(date.Year!.Value, date.Month!.Value, date.Day!.Value).ToString(cjk ? "yyyy年M月d日" : "d MMMM yyyy", culture),
            DatePrecision.Month => new DateTime(date.Year!.Value, date.Month!.Value, 1).ToString(cjk ? "yyyy年M月" : "MMMM yyyy", culture),
            DatePrecision.Year => date.Year!.Value.ToString(CultureInfo.InvariantCulture) + (cjk ? "年" : ""),
            DatePrecision.DayAndMonth => DayAndMonth(date, culture, cjk, sayMissingYear),
            _ => "",
        };
    }

    /// <summary>A month of a year for a timeline bar ("May 2025", "mai 2025").</summary>
    public static string Month(int year, int month, CultureInfo? culture = null) => Format(new PartialDate(year, month, null), culture);

    private static string DayAndMonth(PartialDate date, CultureInfo culture, bool cjk, bool sayMissingYear)
    {
        var text = new DateTime(2000, date.Month!.Value, date.Day!.Value).ToString(cjk ? "M月d日" : "d MMMM", culture);
        if (!sayMissingYear) return text;
        return culture.TwoLetterISOLanguageName switch
        {
            "fr" => text + ", année inconnue",
            "ja" => text + "（年不明）",
            "zh" => text + "（年份不详）",
            _ => text + ", year unknown",
        };
    }
}
