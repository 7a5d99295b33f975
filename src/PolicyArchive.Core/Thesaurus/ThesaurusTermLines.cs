using System.Text.RegularExpressions;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Editorial;

namespace PolicyArchive.Core.Thesaurus;

/// <summary>The terms of a concept as editors write them: one a line, "fr: contrôles à l'exportation", or the term alone
/// for a name used in every language ("und"). Only the first colon separates, so "und: Article 3: scope" keeps its colon.</summary>
public static partial class ThesaurusTermLines
{
    public const int MaxTermLength = 200;
    public const int MaxLanguageLength = 16;
    public const string AnyLanguage = "und";

    /// <summary>A term read from its line, with the line's number (from 1) for messages.</summary>
    public sealed record Line(int Number, string Language, string Text);

    public sealed record ParseResult(IReadOnlyList<Line> Lines, IReadOnlyList<string> Errors);

    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]{1,8})*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LanguageCode();

    public static ParseResult Parse(string? text)
    {
        var lines = new List<Line>();
        var errors = new List<string>();
        var firstLineOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var raw = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < raw.Length; i++)
        {
            var number = i + 1;
            var line = raw[i].Trim();
            if (line.Length == 0) continue;
            var language = AnyLanguage;
            var term = line;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0)
            {
                var code = line[..colon].Trim();
                // Only the archive's languages: "EU: AI Act" is not a Basque term, nor "qq:" a language a search knows.
                if (!LanguageCode().IsMatch(code) || code.Length > MaxLanguageLength || !ArchiveLanguages.IsKnown(code))
                {
                    errors.Add(EditorialMessages.Format(EditorialMessages.TermNotALanguage, number, Shorten(code), string.Join(", ", ArchiveLanguages.Codes)));
                    continue;
                }
                language = code.ToLowerInvariant();
                term = line[(colon + 1)..].Trim();
                if (term.Length == 0)
                {
                    errors.Add(EditorialMessages.Format(EditorialMessages.TermMissing, number, code));
                    continue;
                }
            }
            term = CollapseSpaces(term);
            if (term.Length > MaxTermLength)
            {
                errors.Add(EditorialMessages.Format(EditorialMessages.TermTooLong, number, MaxTermLength, term.Length));
                continue;
            }
            if (firstLineOf.TryGetValue(term, out var first))
            {
                errors.Add(EditorialMessages.Format(EditorialMessages.TermRepeated, number, term, first));
                continue;
            }
            firstLineOf[term] = number;
            lines.Add(new Line(number, language, term));
        }
        return new ParseResult(lines, errors);
    }

    /// <summary>The editable text of a concept's terms, grouped by language in the order the concept lists them.</summary>
    public static string Format(IEnumerable<ThesaurusTerm> terms) =>
        string.Join('\n', terms.GroupBy(t => t.Language, StringComparer.Ordinal)
            .SelectMany(g => g.Select(t => t.Language == AnyLanguage && !t.Text.Contains(':', StringComparison.Ordinal) ? t.Text : $"{t.Language}: {t.Text}")));

    private static string CollapseSpaces(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Shorten(string s) => s.Length > 30 ? s[..30] + "…" : s;
}
