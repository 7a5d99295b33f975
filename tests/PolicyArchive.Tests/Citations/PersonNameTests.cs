using PolicyArchive.Core.Citations;

namespace PolicyArchive.Tests.Citations;

public sealed class PersonNameTests
{
    [Theory]
    [InlineData("Dario Amodei", "Amodei", "Dario")]
    [InlineData("Patrick Bélanger", "Bélanger", "Patrick")]
    [InlineData("Ursula von der Leyen", "von der Leyen", "Ursula")]
    [InlineData("Jean-Noël Barrot", "Barrot", "Jean-Noël")]
    [InlineData("Krishnan, Sriram", "Krishnan", "Sriram")]
    [InlineData("Mary Ann Smith", "Smith", "Mary Ann")]
    [InlineData("習 近平", "習", "近平")]
    [InlineData("山田 太郎", "山田", "太郎")]
    public void A_person_splits_into_family_and_given(string name, string family, string given)
    {
        var n = PersonName.Parse(name);
        Assert.True(n.IsSplit);
        Assert.Equal(family, n.Family);
        Assert.Equal(given, n.Given);
        Assert.Equal(family + ", " + given, n.Inverted);
    }

    [Theory]
    [InlineData("Anthropic, PBC")]
    [InlineData("US Senate Committee on Commerce")]
    [InlineData("Interconnects")]
    [InlineData("山田太郎")]
    [InlineData("OpenAI")]
    [InlineData("The Economist")]
    [InlineData("G7 Hiroshima Process")]
    public void Organisations_single_names_and_unspaced_cjk_names_stay_as_written(string name)
    {
        var n = PersonName.Parse(name);
        Assert.False(n.IsSplit);
        Assert.Equal(name, n.Literal);
        Assert.Equal(name, n.Inverted);
    }

    [Fact]
    public void A_suffix_is_kept_apart()
    {
        var n = PersonName.Parse("Martin Luther King Jr.");
        Assert.Equal(("King", "Martin Luther", "Jr."), (n.Family, n.Given, n.Suffix));
    }
}
