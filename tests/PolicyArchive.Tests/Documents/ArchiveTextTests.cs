using PolicyArchive.Core.Documents;

namespace PolicyArchive.Tests.Documents;

/// <summary>The rule for stored and written text: control characters and what XML 1.0 cannot carry go; tab, line breaks,
/// every script and whole surrogate pairs (emoji, rare CJK) stay.</summary>
public sealed class ArchiveTextTests
{
    [Theory]
    [InlineData("Ctrl\u0001\u0007\u001b[31mred end", "Ctrl[31mred end")]
    [InlineData("a\u0000b", "ab")]
    [InlineData("C1\u0085 and DEL\u007f", "C1 and DEL")]
    [InlineData("not a character \uFFFE\uFFFF", "not a character ")]
    [InlineData("tab\tline\nreturn\r", "tab\tline\nreturn\r")]
    [InlineData("出口管制 🤖 𠀀 contrôles", "出口管制 🤖 𠀀 contrôles")]
    public void Removes_what_xml_cannot_carry_and_keeps_the_rest(string text, string expected)
    {
        Assert.Equal(expected, ArchiveText.Clean(text));
        Assert.True(ArchiveText.IsClean(expected));
        Assert.Equal(text == expected, ArchiveText.IsClean(text));
        System.Xml.XmlConvert.VerifyXmlChars(ArchiveText.Clean(text));
    }

    [Fact]
    public void Half_a_surrogate_pair_is_removed_and_a_whole_one_kept()
    {
        // Built at run time: an attribute's string cannot hold half a pair (the compiler stores it as U+FFFD).
        var text = "half " + '\uD83D' + " here, " + '\uDE00' + " there, whole " + "\uD83D\uDE00" + " and reversed " + '\uDE00' + '\uD83D';
        Assert.False(ArchiveText.IsClean(text));
        Assert.Equal("half  here,  there, whole 😀 and reversed ", ArchiveText.Clean(text));
    }

    [Fact]
    public void Clean_text_is_returned_as_it_is()
    {
        const string text = "Les contrôles à l'exportation";
        Assert.Same(text, ArchiveText.Clean(text));
        Assert.Null(ArchiveText.Clean(null));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(" \t\n", true)]
    [InlineData("\u0001\u0002", true)]
    [InlineData("\u200b\u200c\u200d\u2060\ufeff", true)]
    [InlineData("\u200bA", false)]
    [InlineData("😀", false)]
    [InlineData("出口管制", false)]
    public void A_name_is_blank_when_the_store_would_keep_nothing_visible_of_it(string? typed, bool blank) =>
        Assert.Equal(blank, ArchiveText.IsBlank(typed));

    [Fact]
    public void A_name_is_compared_as_the_store_keeps_it() => Assert.Equal("Dup", ArchiveText.Name(" Dup\u0001 "));
}
