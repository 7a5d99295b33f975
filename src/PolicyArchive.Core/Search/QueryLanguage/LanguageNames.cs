namespace PolicyArchive.Core.Search.QueryLanguage;

/// <summary>What a researcher may type after lang:, in English or French, mapped to the archive's language codes.</summary>
public static class LanguageNames
{
    private static readonly Dictionary<string, string> s_codes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["fr"] = "fr", ["french"] = "fr", ["francais"] = "fr", ["français"] = "fr",
        ["en"] = "en", ["english"] = "en", ["anglais"] = "en",
        ["zh"] = "zh", ["chinese"] = "zh", ["chinois"] = "zh", ["中文"] = "zh",
        ["ja"] = "ja", ["japanese"] = "ja", ["japonais"] = "ja", ["日本語"] = "ja",
        ["ko"] = "ko", ["korean"] = "ko", ["coreen"] = "ko", ["coréen"] = "ko",
        ["de"] = "de", ["german"] = "de", ["allemand"] = "de",
        ["es"] = "es", ["spanish"] = "es", ["espagnol"] = "es",
        ["it"] = "it", ["italian"] = "it", ["italien"] = "it",
        ["ru"] = "ru", ["russian"] = "ru", ["russe"] = "ru",
    };

    public static bool TryGetCode(string text, out string code) => s_codes.TryGetValue(text.Trim(), out code!);
}
