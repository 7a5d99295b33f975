using PolicyArchive.Core.Search.Lexicon;

namespace PolicyArchive.Core.Search.Snippets;

/// <summary>The words of a text a query matched by their sound (SoundKey): its katakana words whose key the query's Latin
/// words gave, and its Latin words whose key the query's katakana gave. Read from the text itself (the index keeps only
/// the keys), so only for the hits shown.</summary>
public static class SoundMatches
{
    public static List<TextMatch> Find(string text, HighlightTerms terms)
    {
        if (!terms.HasSoundKeys || string.IsNullOrEmpty(text)) return [];
        var found = new List<TextMatch>();
        if (terms.KatakanaSounds.Count > 0)
            found.AddRange(SoundKey.KatakanaWords(text).Where(w => terms.KatakanaSounds.Contains(w.Key)).Select(w => new TextMatch(w.Start, w.End, w.Key)));
        if (terms.LatinSounds.Count > 0)
            found.AddRange(SoundKey.LatinWords(text).Where(w => terms.LatinSounds.Contains(w.Key)).Select(w => new TextMatch(w.Start, w.End, w.Key)));
        return found;
    }
}
