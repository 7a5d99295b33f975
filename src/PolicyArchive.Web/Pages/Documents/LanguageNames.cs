using System.Globalization;

namespace PolicyArchive.Web.Pages.Documents;

/// <summary>The one table of language names shown to readers (document page, browse, search facets and hits, side by
/// side): "fr" shown as "French" (or "français" in the French interface); unknown codes shown as they are.</summary>
public static class LanguageNames
{
    public static string Of(string code, CultureInfo ui)
    {
        if (code == "und") return ui.TwoLetterISOLanguageName == "fr" ? "indéterminée" : "Undetermined";
        if (code == "") return code;
        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            // Native names depend on ICU data; when the interface is French, the French name is the native one of "fr" only,
            // so English names are used except for the interface's own language.
            return ui.TwoLetterISOLanguageName == "fr" ? FrenchNames.GetValueOrDefault(culture.TwoLetterISOLanguageName, culture.EnglishName) : culture.EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }

    private static readonly Dictionary<string, string> FrenchNames = new(StringComparer.Ordinal)
    {
        ["fr"] = "français", ["en"] = "anglais", ["zh"] = "chinois", ["ja"] = "japonais", ["de"] = "allemand", ["es"] = "espagnol",
        ["it"] = "italien", ["ko"] = "coréen", ["ru"] = "russe", ["pt"] = "portugais", ["ar"] = "arabe",
    };
}
