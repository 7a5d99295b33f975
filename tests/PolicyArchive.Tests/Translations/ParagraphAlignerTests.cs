using PolicyArchive.Core.Translations;

namespace PolicyArchive.Tests.Translations;

public sealed class ParagraphAlignerTests
{
    private static string Rows(IEnumerable<AlignedRow> rows) => AlignmentText.Write(rows).TrimEnd().Replace('\n', ';');

    [Fact]
    public void Paragraphs_of_matching_lengths_face_each_other_one_to_one()
    {
        // French runs about a fifth longer than English: the ratio is learnt from the two texts.
        int[] english = [120, 430, 80, 610, 250];
        var french = english.Select(l => (int)(l * 1.2)).ToArray();
        Assert.Equal("1 = 1;2 = 2;3 = 3;4 = 4;5 = 5", Rows(ParagraphAligner.Align(english, french)));
    }

    [Fact]
    public void A_translators_commentary_faces_nothing_in_the_original()
    {
        int[] english = [300, 500, 200, 400];
        // A long commentary first, then the translation paragraph by paragraph.
        int[] french = [900, 360, 600, 240, 480];
        Assert.Equal("- = 1;1 = 2;2 = 3;3 = 4;4 = 5", Rows(ParagraphAligner.Align(english, french)));
    }

    [Fact]
    public void A_paragraph_the_translator_split_in_two_faces_both_halves()
    {
        int[] english = [300, 800, 200];
        int[] french = [330, 420, 460, 220];
        Assert.Equal("1 = 1;2 = 2, 3;3 = 4", Rows(ParagraphAligner.Align(english, french)));
    }

    [Fact]
    public void Empty_texts_align_to_nothing_and_one_empty_side_faces_nothing()
    {
        Assert.Empty(ParagraphAligner.Align([], []));
        Assert.Equal("- = 1;- = 2", Rows(ParagraphAligner.Align([], [10, 20])));
    }

    [Fact]
    public void An_editors_rows_are_read_back_and_checked_line_by_line()
    {
        var (rows, problems) = AlignmentText.Read("1 = 1\n2, 3 = 2\n- = 3\n4 = -\n", 4, 3);
        Assert.Empty(problems);
        Assert.Equal("1 = 1;2, 3 = 2;- = 3;4 = -", Rows(rows));

        Assert.Equal([new AlignmentProblem(2, AlignmentProblemKind.Unreadable)], AlignmentText.Read("1 = 1\nun = deux\n", 1, 1).Problems);
        Assert.Equal([new AlignmentProblem(2, AlignmentProblemKind.OutOfOrder)], AlignmentText.Read("1 = 1\n3 = 2\n", 3, 2).Problems);
        Assert.Equal([new AlignmentProblem(1, AlignmentProblemKind.Empty)], AlignmentText.Read("- = -\n1 = 1", 1, 1).Problems);
        Assert.Equal([new AlignmentProblem(0, AlignmentProblemKind.Incomplete)], AlignmentText.Read("1 = 1\n", 2, 1).Problems);
    }

    [Fact]
    public void Paragraphs_are_blocks_between_blank_lines_and_list_items_one_by_one()
    {
        var body = "Premier paragraphe\nsur deux lignes.\n\n- point un\n- point deux\n\n\nDernier.";
        Assert.Equal(["Premier paragraphe\nsur deux lignes.", "- point un", "- point deux", "Dernier."], AlignmentParagraphs.Of(body));
    }
}
