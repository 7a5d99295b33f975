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
        (string Language, string Text)[] forms =
        [
            ("en", $"{point}nm"), ("en", $"{point} nm"), ("fr", $"{virgule} nm"), ("fr", $"{virgule} nanomètres"),
            ("en", $"{point} nanometers"), ("zh", $"{point}纳米"), ("ja", $"{point}ナノ"),
        ];
        return forms.DistinctBy(f => f.Text, StringComparer.Ordinal)
            .Where(f => !string.Equals(f.Text, text.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(f => new LexiconTranslation(f.Language, f.Text, 1f)).ToList();
    }
}
