using System.Globalization;
using PolicyArchive.Core.Documents;

namespace PolicyArchive.Tests.Documents;

public sealed class PartialDateFormatterTests
{
    [Theory]
    [InlineData(2025, 5, 9, "en", "9 May 2025")]
    [InlineData(2025, 5, null, "en", "May 2025")]
    [InlineData(2025, null, null, "en", "2025")]
    [InlineData(null, 5, 9, "en", "9 May, year unknown")]
    [InlineData(2025, 5, 9, "fr", "9 mai 2025")]
    [InlineData(2025, 5, null, "fr", "mai 2025")]
    [InlineData(null, 5, 9, "fr", "9 mai, année inconnue")]
    [InlineData(2025, 5, 9, "ja", "2025年5月9日")]
    [InlineData(null, 5, 9, "zh", "5月9日（年份不详）")]
    public void A_date_shows_only_the_parts_the_source_gives_in_the_cultures_words(int? year, int? month, int? day, string culture, string expected) =>
        Assert.Equal(expected, PartialDateFormatter.Format(new PartialDate(year, month, day), new CultureInfo(culture)));

    [Fact]
    public void Where_the_page_states_the_precision_the_missing_year_is_not_repeated()
    {
        Assert.Equal("9 May", PartialDateFormatter.Format(new PartialDate(null, 5, 9), new CultureInfo("en"), sayMissingYear: false));
        Assert.Equal("", PartialDateFormatter.Format(PartialDate.Unknown, new CultureInfo("en")));
        Assert.Equal(PartialDateFormatter.Format(new PartialDate(2024, 2, 29), new CultureInfo("fr")), new PartialDate(2024, 2, 29).Display(new CultureInfo("fr")));
    }
}
