using PolicyArchive.Core.Documents;

namespace PolicyArchive.Tests.Documents;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("Les contrôles d'exportation", "les-controles-d-exportation")]
    [InlineData("  Export   Controls  ", "export-controls")]
    [InlineData("出口管制", "出口管制")]
    [InlineData("輸出規制と半導体", "輸出規制と半導体")]
    [InlineData("C++", "c-plus-plus")]
    [InlineData("C#", "c-sharp")]
    [InlineData("R&D", "r-and-d")]
    [InlineData("#MeToo", "metoo")]
    public void Readable_names_keep_their_letters_and_name_their_symbols(string name, string slug) =>
        Assert.Equal(slug, Slugs.From(name));

    [Fact]
    public void Names_told_apart_only_by_symbols_get_distinct_slugs_and_no_shared_fallback()
    {
        string[] names = ["🤖", "💾", "C++", "C#", "C", "???", "!!!", "AI 🤖", "AI 💾", "AI"];
        var slugs = names.Select(Slugs.From).ToList();
        Assert.Equal(names.Length, slugs.Distinct().Count());
        Assert.DoesNotContain(Slugs.Empty, slugs);
        Assert.StartsWith("ai-", Slugs.From("AI 🤖"), StringComparison.Ordinal);
        Assert.All(slugs, s => Assert.Matches("^[\\p{L}\\p{N}]+(-[\\p{L}\\p{N}]+)*$", s));
    }

    [Fact]
    public void A_name_always_gives_the_same_slug_whatever_its_case_spaces_or_punctuation()
    {
        Assert.Equal(Slugs.From("🤖"), Slugs.From(" 🤖 "));
        Assert.Equal(Slugs.From("AI 🤖"), Slugs.From("ai🤖"));
        Assert.Equal(Slugs.From("Export controls"), Slugs.From("export-controls!"));
        Assert.NotEqual(Slugs.From("document"), Slugs.Distinct("document"));
        Assert.StartsWith("document-", Slugs.Distinct("document"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_name_is_cut_without_splitting_a_character()
    {
        var slug = Slugs.From(string.Concat(Enumerable.Repeat("𠀀", 60)) + " 🤖");
        Assert.True(slug.Length <= Slugs.MaxLength);
        Assert.False(char.IsHighSurrogate(slug[^10]));
        Assert.Equal(slug, Slugs.From(string.Concat(Enumerable.Repeat("𠀀", 60)) + " 🤖"));
    }
}
