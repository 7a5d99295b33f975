using System.Globalization;
using System.Text;

namespace PolicyArchive.Core.Documents;

/// <summary>Readable URL slugs: "Les contrôles d'exportation" becomes "les-controles-d-exportation". CJK titles keep their characters.</summary>
public static class Slugs
{
    public const int MaxLength = 80;

    public static string From(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "document";
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var dash = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else if (!dash && sb.Length > 0)
            {
                sb.Append('-');
                dash = true;
            }
            if (sb.Length >= MaxLength) break;
        }
        var slug = sb.ToString().Trim('-').Normalize(NormalizationForm.FormC);
        return slug.Length == 0 ? "document" : slug;
    }
}
