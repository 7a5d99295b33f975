using System.Globalization;
using System.Text;

namespace PolicyArchive.Core.Translations;

/// <summary>The form an editor corrects an alignment in, and the store keeps it in: one row a line, original paragraph
/// numbers (from 1) = translation paragraph numbers, "-" for none: <c>1 = 1</c>, <c>2, 3 = 2</c>, <c>- = 4</c>.</summary>
public static class AlignmentText
{
    public static string Write(IEnumerable<AlignedRow> rows)
    {
        var sb = new StringBuilder();
        foreach (var r in rows) sb.Append(Side(r.Original)).Append(" = ").Append(Side(r.Translation)).Append('\n');
        return sb.ToString();
    }

    private static string Side(IReadOnlyList<int> paragraphs) =>
        paragraphs.Count == 0 ? "-" : string.Join(", ", paragraphs.Select(p => (p + 1).ToString(CultureInfo.InvariantCulture)));

    /// <summary>Reads an alignment for texts of <paramref name="originalCount"/> and <paramref name="translationCount"/>
    /// paragraphs. Every paragraph must appear once, in order; errors name the line (1-based) and are empty on success.</summary>
    public static (IReadOnlyList<AlignedRow> Rows, IReadOnlyList<AlignmentProblem> Problems) Read(string? text, int originalCount, int translationCount)
    {
        var rows = new List<AlignedRow>();
        var problems = new List<AlignmentProblem>();
        int nextOriginal = 0, nextTranslation = 0, lineNumber = 0;
        foreach (var raw in (text ?? "").Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0) continue;
            var parts = line.Split('=');
            if (parts.Length != 2 || !TryParseSide(parts[0], out var original) || !TryParseSide(parts[1], out var translation))
            {
                problems.Add(new(lineNumber, AlignmentProblemKind.Unreadable));
                continue;
            }
            if (original.Count == 0 && translation.Count == 0) { problems.Add(new(lineNumber, AlignmentProblemKind.Empty)); continue; }
            if (!Continues(original, ref nextOriginal) || !Continues(translation, ref nextTranslation))
            {
                problems.Add(new(lineNumber, AlignmentProblemKind.OutOfOrder));
                continue;
            }
            rows.Add(new AlignedRow(original, translation));
        }
        if (problems.Count == 0 && (nextOriginal != originalCount || nextTranslation != translationCount))
            problems.Add(new(0, AlignmentProblemKind.Incomplete));
        return (rows, problems);
    }

    // Numbers must follow on from the previous row without gaps, and stay within the text.
    private static bool Continues(List<int> side, ref int next)
    {
        foreach (var p in side)
        {
            if (p != next) return false;
            next++;
        }
        return true;
    }

    private static bool TryParseSide(string text, out List<int> paragraphs)
    {
        paragraphs = [];
        text = text.Trim();
        if (text == "-") return true;
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1) return false;
            paragraphs.Add(n - 1);
        }
        return paragraphs.Count > 0;
    }
}

public enum AlignmentProblemKind { Unreadable, Empty, OutOfOrder, Incomplete }

/// <summary>A line of an editor's alignment that cannot be used (line 0: the alignment as a whole).</summary>
public sealed record AlignmentProblem(int Line, AlignmentProblemKind Kind);
