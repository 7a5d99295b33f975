using PolicyArchive.Core.Editorial;
using PolicyArchive.Core.Search;

namespace PolicyArchive.Tests.Search;

public sealed class NearDuplicateBandMapTests
{
    private static readonly string Article = string.Join(' ', Enumerable.Range(0, 150).Select(i => $"contrôle{i % 37} puce{i % 11} exportation{i}"));
    private static readonly string Unrelated = string.Join(' ', Enumerable.Range(0, 150).Select(i => $"autre{i % 13} chose{i}"));

    [Fact]
    public void An_indexed_article_is_found_for_its_republished_copy_and_an_unrelated_text_finds_nothing()
    {
        using var index = new TestIndex([TestDocs.Make("stored-1", "Contrôles", Article, "fr"), TestDocs.Make("stored-2", "Autre", Unrelated, "fr")], withThesaurus: false);

        var map = NearDuplicateBandMap.FromIndex(index.Index);

        Assert.Equal(2, map.Count);
        var copy = "Partager sur X. " + Article + " © Outlet B, tous droits réservés.";
        Assert.Equal(["stored-1"], map.Find(MinHash.BandKeys(copy), "new-1"));
        Assert.Empty(map.Find(MinHash.BandKeys(string.Join(' ', Enumerable.Range(0, 150).Select(i => $"tout{i % 7} différent{i}"))), "new-2"));
    }

    [Fact]
    public void Texts_added_during_an_import_are_found_most_shared_first_and_never_themselves()
    {
        var map = new NearDuplicateBandMap();
        var nearCopy = Article.Replace("puce3 ", "puces3 ", StringComparison.Ordinal);
        map.Add("far", MinHash.BandKeys(Unrelated));
        map.Add("near", MinHash.BandKeys(nearCopy));
        map.Add("same", MinHash.BandKeys(Article));

        var found = map.Find(MinHash.BandKeys(Article), "same");

        Assert.Equal(["near"], found);
        Assert.Equal(["same", "near"], map.Find(MinHash.BandKeys(Article), "someone-else"));
    }
}
