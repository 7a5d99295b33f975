using System.Globalization;

namespace PolicyArchive.Web.Oai;

/// <summary>OAI-PMH datestamps: UTC, either a day or a second. A day as "until" includes that whole day.</summary>
internal static class OaiDatestamp
{
    public static string Format(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <returns>The instant, and whether the value had day granularity; null when it is not a legal datestamp.</returns>
    public static (DateTime Value, bool IsDay)? Parse(string? text)
    {
        if (text is null) return null;
        var inv = CultureInfo.InvariantCulture;
        const DateTimeStyles utc = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal;
        if (text.Length == 10 && DateTime.TryParseExact(text, "yyyy-MM-dd", inv, utc, out var day)) return (day, true);
        if (text.Length == 20 && DateTime.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss'Z'", inv, utc, out var second)) return (second, false);
        return null;
    }
}
