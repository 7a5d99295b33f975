using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Editorial;

/// <summary>One line of a side-by-side reading of two revisions. A changed line carries its word-level differences;
/// <see cref="Skipped"/> &gt; 0 stands for that many unchanged lines left out.</summary>
public sealed record ComparedLine(DiffOp Op, string Text, IReadOnlyList<DiffPiece>? Words = null, int Skipped = 0);

public sealed record FieldChange(string Field, string? Before, string? After);

/// <summary>A readable comparison of two revisions: metadata fields that differ, and the body line by line,
/// with a removed line followed by its replacement shown word by word.</summary>
public sealed record RevisionComparison(Revision Before, Revision After, IReadOnlyList<FieldChange> Fields, IReadOnlyList<ComparedLine> Lines)
{
    public bool Identical => Fields.Count == 0 && Lines.All(l => l.Op == DiffOp.Same);

    public static RevisionComparison Of(Revision before, Revision after)
    {
        var fields = new List<FieldChange>();
        void Compare(string name, string? a, string? b)
        {
            if (a != b) fields.Add(new(name, a, b));
        }
        var ma = RevisionMetadata.Parse(before.MetadataJson);
        var mb = RevisionMetadata.Parse(after.MetadataJson);
        Compare("Title", before.Title, after.Title);
        Compare("Original title", ma?.OriginalTitle, mb?.OriginalTitle);
        Compare("Authors", Join(ma?.Authors), Join(mb?.Authors));
        Compare("Publication", ma?.Publication, mb?.Publication);
        Compare("Date", ma?.PublishedDate, mb?.PublishedDate);
        Compare("Language", ma?.Language, mb?.Language);
        Compare("Source URL", ma?.SourceUrl, mb?.SourceUrl);
        Compare("Tags", Join(ma?.Tags), Join(mb?.Tags));
        return new(before, after, fields, PairChangedLines(TextDiff.Lines(RevisionBodies.Text(before), RevisionBodies.Text(after))));
    }

    /// <summary>The lines with unchanged runs far from any change folded, so a small edit in a long text reads at a glance.</summary>
    public IReadOnlyList<ComparedLine> WithContext(int context = 2)
    {
        var near = new bool[Lines.Count];
        for (var i = 0; i < Lines.Count; i++)
        {
            if (Lines[i].Op == DiffOp.Same) continue;
            for (var k = Math.Max(0, i - context); k <= Math.Min(Lines.Count - 1, i + context); k++) near[k] = true;
        }
        var result = new List<ComparedLine>();
        var skipped = 0;
        for (var i = 0; i < Lines.Count; i++)
        {
            if (near[i] || Lines[i].Op != DiffOp.Same)
            {
                if (skipped > 0) result.Add(new(DiffOp.Same, "", Skipped: skipped));
                skipped = 0;
                result.Add(Lines[i]);
            }
            else skipped++;
        }
        if (skipped > 0) result.Add(new(DiffOp.Same, "", Skipped: skipped));
        return result;
    }

    private static string? Join(IReadOnlyList<string>? items) => items is null ? null : string.Join("; ", items);

    // Within a run of removed lines followed by added lines, the n-th removed and n-th added are taken as one edited line.
    private static List<ComparedLine> PairChangedLines(IReadOnlyList<DiffPiece> lines)
    {
        var result = new List<ComparedLine>();
        var i = 0;
        while (i < lines.Count)
        {
            if (lines[i].Op != DiffOp.Removed)
            {
                result.Add(new(lines[i].Op, lines[i].Text));
                i++;
                continue;
            }
            var removedEnd = i;
            while (removedEnd < lines.Count && lines[removedEnd].Op == DiffOp.Removed) removedEnd++;
            var addedEnd = removedEnd;
            while (addedEnd < lines.Count && lines[addedEnd].Op == DiffOp.Added) addedEnd++;
            var pairs = Math.Min(removedEnd - i, addedEnd - removedEnd);
            for (var k = 0; k < pairs; k++)
                result.Add(new(DiffOp.Removed, lines[i + k].Text, TextDiff.Words(lines[i + k].Text, lines[removedEnd + k].Text)));
            for (var k = i + pairs; k < removedEnd; k++) result.Add(new(DiffOp.Removed, lines[k].Text));
            for (var k = removedEnd + pairs; k < addedEnd; k++) result.Add(new(DiffOp.Added, lines[k].Text));
            i = addedEnd;
        }
        return result;
    }
}
