using System.Globalization;
using Microsoft.Extensions.Localization;
using PolicyArchive.Core.Documents;

namespace PolicyArchive.Web.Pages.Shared;

/// <summary>Dates and times as the interface's language writes them: "1 décembre 2026" in French, ISO 8601 in English
/// (as the English pages always showed them). Times are UTC and say so.</summary>
public static class InterfaceDates
{
    private static bool IsFrench(CultureInfo ui) => ui.TwoLetterISOLanguageName == "fr";

    public static string Day(DateTime utc, CultureInfo? ui = null)
    {
        ui ??= CultureInfo.CurrentUICulture;
        return IsFrench(ui) ? utc.ToString("d MMMM yyyy", ui) : utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public static string Moment(DateTime utc, CultureInfo? ui = null)
    {
        ui ??= CultureInfo.CurrentUICulture;
        return IsFrench(ui) ? utc.ToString("d MMMM yyyy 'à' HH:mm 'UTC'", ui) : utc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
    }

    /// <summary>A partial date with only the parts the source gives; a day and month without a year says so in the interface's language.</summary>
    public static string Partial(PartialDate date, IStringLocalizer l, CultureInfo? ui = null)
    {
        ui ??= CultureInfo.CurrentUICulture;
        return date.Precision == DatePrecision.DayAndMonth
            ? new DateTime(2000, date.Month!.Value, date.Day!.Value).ToString("d MMMM", ui) + " " + l["(year not given)"]
            : date.Display(ui);
    }
}

/// <summary>The revision history's "what changed" ("title, body", "created"...), written by the store in English words, in the interface's language.</summary>
public static class ChangeSummaryDisplay
{
    public static string Of(string? summary, IStringLocalizer l) =>
        string.IsNullOrEmpty(summary) ? "" : string.Join(", ", summary.Split(", ").Select(part => l.Or("change:" + part, part)));
}
