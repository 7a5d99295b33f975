using PolicyArchive.Core.Editorial;

namespace PolicyArchive.Tests.Editorial;

public sealed class TextDiffTests
{
    private static string Side(IEnumerable<DiffPiece> pieces, DiffOp excluded, string separator) =>
        string.Join(separator, pieces.Where(p => p.Op != excluded).Select(p => p.Text));

    [Fact]
    public void Identical_texts_are_all_same()
    {
        var diff = TextDiff.Lines("a\nb\nc", "a\nb\nc");
        Assert.All(diff, p => Assert.Equal(DiffOp.Same, p.Op));
        Assert.Equal(3, diff.Count);
    }

    [Fact]
    public void A_changed_middle_line_is_one_removal_and_one_addition_between_kept_lines()
    {
        var diff = TextDiff.Lines("intro\nancienne phrase\nfin", "intro\nnouvelle phrase\nfin");
        Assert.Equal(
            [new(DiffOp.Same, "intro"), new(DiffOp.Removed, "ancienne phrase"), new(DiffOp.Added, "nouvelle phrase"), new(DiffOp.Same, "fin")],
            diff);
    }

    [Fact]
    public void Lines_inserted_and_deleted_at_several_places_are_aligned_by_the_longest_common_subsequence()
    {
        var before = "a\nb\nc\nd\ne\nf";
        var after = "a\nx\nc\nd\nf\ny";
        var diff = TextDiff.Lines(before, after);
        Assert.Equal(["a", "c", "d", "f"], diff.Where(p => p.Op == DiffOp.Same).Select(p => p.Text));
        Assert.Equal(["b", "e"], diff.Where(p => p.Op == DiffOp.Removed).Select(p => p.Text));
        Assert.Equal(["x", "y"], diff.Where(p => p.Op == DiffOp.Added).Select(p => p.Text));
        Assert.Equal(before, Side(diff, DiffOp.Added, "\n"));
        Assert.Equal(after, Side(diff, DiffOp.Removed, "\n"));
    }

    [Fact]
    public void Word_diff_marks_only_the_changed_word_and_rebuilds_both_sides()
    {
        const string before = "Les États-Unis ont annoncé des contrôles stricts.";
        const string after = "Les États-Unis ont annoncé des contrôles renforcés.";
        var diff = TextDiff.Words(before, after);
        Assert.Equal("stricts.", Assert.Single(diff, p => p.Op == DiffOp.Removed).Text);
        Assert.Equal("renforcés.", Assert.Single(diff, p => p.Op == DiffOp.Added).Text);
        Assert.Equal(before, Side(diff, DiffOp.Added, ""));
        Assert.Equal(after, Side(diff, DiffOp.Removed, ""));
    }

    [Fact]
    public void Chinese_text_is_compared_character_by_character()
    {
        var diff = TextDiff.Words("美国加强出口管制", "美国放松出口管制");
        Assert.Equal("加强", Assert.Single(diff, p => p.Op == DiffOp.Removed).Text);
        Assert.Equal("放松", Assert.Single(diff, p => p.Op == DiffOp.Added).Text);
    }

    [Fact]
    public void Empty_before_is_all_additions()
    {
        var diff = TextDiff.Lines("", "un\ndeux");
        Assert.Equal([DiffOp.Added, DiffOp.Added], diff.Select(p => p.Op));
    }

    [Fact]
    public void Very_long_rewrites_fall_back_to_remove_then_add_without_losing_lines()
    {
        var before = string.Join("\n", Enumerable.Range(0, 3000).Select(i => "old " + i));
        var after = string.Join("\n", Enumerable.Range(0, 3000).Select(i => "new " + i));
        var diff = TextDiff.Lines(before, after);
        Assert.Equal(before, Side(diff, DiffOp.Added, "\n"));
        Assert.Equal(after, Side(diff, DiffOp.Removed, "\n"));
    }
}

public sealed class RevisionComparisonTests
{
    private static Core.Documents.Revision Revision(int number, string body) =>
        new() { Number = number, Title = "T", Body = body, MetadataJson = """{"Authors":[],"Language":"fr","Tags":[]}""" };

    [Fact]
    public void Unchanged_lines_far_from_the_change_are_folded_and_the_changed_line_is_compared_word_by_word()
    {
        var lines = Enumerable.Range(1, 20).Select(i => "ligne " + i).ToList();
        var before = string.Join("\n", lines);
        lines[9] = "ligne dix modifiée";
        var comparison = RevisionComparison.Of(Revision(1, before), Revision(2, string.Join("\n", lines)));

        var shown = comparison.WithContext(2);
        Assert.Equal([7, 0, 0, 0, 0, 0, 8], shown.Select(l => l.Skipped));
        var changed = Assert.Single(shown, l => l.Words is not null);
        Assert.Equal("10", Assert.Single(changed.Words!, w => w.Op == DiffOp.Removed).Text);
        Assert.Equal("dix modifiée", Assert.Single(changed.Words!, w => w.Op == DiffOp.Added).Text);
        Assert.Empty(comparison.Fields);
    }
}
