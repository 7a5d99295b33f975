using System.Globalization;

namespace PolicyArchive.Web.Pages.Shared;

/// <summary>Values for a &lt;time datetime&gt; attribute that HTML accepts: a global date and time in UTC to the second
/// (the round-trip format's seven fraction digits, and no zone for a stored UTC value, are not valid HTML).</summary>
public static class HtmlTime
{
    public static string Utc(DateTime storedUtc) =>
        DateTime.SpecifyKind(storedUtc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A partial date as HTML writes it: "2025", "2025-05", "2025-05-09", or "05-09" for a day and month
    /// without a year (the checker refuses ISO's "--05-09"); null when nothing is known.</summary>
    public static string? Partial(PolicyArchive.Core.Documents.PartialDate date) =>
        date.Precision == PolicyArchive.Core.Documents.DatePrecision.DayAndMonth ? date.ToIso()![2..] : date.ToIso();
}
