namespace PolicyArchive.Core.Documents;

/// <summary>The languages an editor can give a document or a thesaurus term. French and English have analysers of
/// their own, Chinese and Japanese are read as CJK, the others are folded; "und" is a document of unknown language or a
/// term (a name) used in every language.</summary>
public static class ArchiveLanguages
{
    public const string Undetermined = "und";

    public static IReadOnlyList<string> Codes { get; } = ["fr", "en", "zh", "ja", "de", "es"];

    /// <summary>Whether <paramref name="code"/> (a BCP-47 tag such as "en-GB" or "zh-Hant") is in one of these languages, or "und".</summary>
    public static bool IsKnown(string code)
    {
        var primary = code.Split('-')[0];
        return primary.Equals(Undetermined, StringComparison.OrdinalIgnoreCase) || Codes.Contains(primary, StringComparer.OrdinalIgnoreCase);
    }
}
