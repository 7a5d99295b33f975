namespace PolicyArchive.Tests.Search;

/// <summary>A phrase searched in the folding field (which holds every text, whatever its language) leaves out French
/// and English stop words as the language fields do: « contrôles à l'exportation » had read the positions of « a »,
/// a word of nearly every text, for every document holding the other two words.</summary>
public sealed class FoldingPhraseTests : IDisposable
{
    private readonly TestIndex _index = new([
        // French words in a text indexed as English: only the folding field holds them as written.
        TestDocs.Make("mixed", "Chip rules", "Washington tightened its rules again. Les contrôles sur l'exportation de puces visent la Chine.", "en"),
        TestDocs.Make("other", "Chip rules", "Washington tightened its rules again. Les contrôles douaniers et l'exportation de puces.", "en"),
    ]);

    [Fact]
    public void A_phrase_in_another_language_text_is_found_with_another_small_word_inside_it()
    {
        var ids = _index.Search.Search(new Core.Search.SearchRequest("\"contrôles à l'exportation\"", 1, 10, ExpandThesaurus: false)).Hits.Select(h => h.PublicId).ToList();
        // As in a French text, where the French field drops « à » and « sur » alike; the words apart are no phrase.
        Assert.Equal(["mixed"], ids);
    }

    public void Dispose() => _index.Dispose();
}
