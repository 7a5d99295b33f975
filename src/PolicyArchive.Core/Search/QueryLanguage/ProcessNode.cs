using System.Text.RegularExpressions;
using PolicyArchive.Core.Search.Lexicon;

namespace PolicyArchive.Core.Search.QueryLanguage;

/// <summary>A chip's process node typed in one script ("7nm", "7 nm", « 7 nanomètres », 7纳米, 2ナノ) written the ways
/// the other languages' texts write it: a number and a unit no dictionary translates, since digits pass through as
/// model numbers do.</summary>
public static partial class ProcessNode
{
    [GeneratedRegex(@"^([0-9]{1,3}(?:[.,][0-9]{1,2})?)[\s-]?(nm|nanom[eè]tres?|nanometers?|nanometres?|纳米|奈米|ナノメートル|ナノ)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Node();

    /// <summary>The node's other writings (each language's), or null when <paramref name="text"/> names no node.</summary>
    public static IReadOnlyList<LexiconTranslation>? Forms(string text)
    {
        var match = Node().Match(text.Trim());
        if (!match.Success) return null;
        var n = match.Groups[1].Value;
        var point = n.Replace(',', '.');
        var virgule = n.Replace('.', ',');
        string[] forms = [$"{point}nm", $"{point} nm", $"{virgule} nm", $"{virgule} nanomètres", $"{point} nanometers", $"{point}纳米", $"{point}ナノ"];
        return forms.Distinct(StringComparer.Ordinal).Where(f => !string.Equals(f, text.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(f => new LexiconTranslation(Language(f), f, 1f)).ToList();
    }

    private static string Language(string form) =>
        form.EndsWith("纳米", StringComparison.Ordinal) ? "zh"
        : form.EndsWith("ナノ", StringComparison.Ordinal) ? "ja"
        : form.EndsWith("nanomètres", StringComparison.Ordinal) || form.Contains(',', StringComparison.Ordinal) ? "fr"
        : "en";

}
