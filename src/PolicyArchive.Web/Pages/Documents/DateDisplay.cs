using System.Globalization;
using PolicyArchive.Core.Documents;

namespace PolicyArchive.Web.Pages.Documents;

/// <summary>A partial date in the interface's language, with only the parts the source gives; the page states the precision next to it.</summary>
public static class DateDisplay
{
    public static string Of(PartialDate date, CultureInfo culture) => PartialDateFormatter.Format(date, culture, sayMissingYear: false);
}
