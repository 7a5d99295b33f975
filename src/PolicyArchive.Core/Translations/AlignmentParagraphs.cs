using System.Text.RegularExpressions;

namespace PolicyArchive.Core.Translations;

/// <summary>Cuts a stored body (Markdown) into the paragraphs the side-by-side view aligns: blocks between blank lines,
/// and each item of a list on its own (list items are a translation's usual unit).</summary>
public static partial class AlignmentParagraphs
{
    public static IReadOnlyList<string> Of(string body)
    {
        var result = new List<string>();
        foreach (var block in BlankLines().Split(body.Replace("\r\n", "\n", StringComparison.Ordinal)))
        {
            var text = block.Trim('\n', ' ');
            if (text.Length == 0) continue;
            var lines = text.Split('\n');
            if (lines.Length > 1 && lines.All(l => ListItem().IsMatch(l))) result.AddRange(lines);
            else result.Add(text);
        }
        return result;
    }

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"^\s*([-*+]|\d+[.)])\s")]
    private static partial Regex ListItem();
}
