using PolicyArchive.Core.Editorial;

namespace PolicyArchive.Tests.Editorial;

public sealed class MinHashTests
{
    private static readonly string Article = string.Join(' ', Enumerable.Range(0, 120).Select(i => $"mot{i % 37} phrase{i % 11} texte{i}"));

    [Fact]
    public void The_same_article_with_other_furniture_shares_bands()
    {
        var copy = "Publié par ABMedia. Partager sur X. " + Article + " © Tous droits réservés. Articles connexes";
        Assert.NotEmpty(MinHash.BandKeys(Article).Intersect(MinHash.BandKeys(copy)));
    }

    [Fact]
    public void Unrelated_texts_share_no_band()
    {
        var other = string.Join(' ', Enumerable.Range(0, 120).Select(i => $"autre{i % 13} chose{i}"));
        Assert.Empty(MinHash.BandKeys(Article).Intersect(MinHash.BandKeys(other)));
    }

    [Fact]
    public void Keys_are_stable_and_one_per_band()
    {
        var keys = MinHash.BandKeys(Article);
        Assert.Equal(MinHash.Bands, keys.Count);
        Assert.Equal(keys, MinHash.BandKeys(Article));
        Assert.Empty(MinHash.BandKeys(""));
    }
}
