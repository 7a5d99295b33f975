using System.Globalization;
using System.Text;

using PolicyArchive.Core.Search.Analysis;
using PolicyArchive.Core.Search.Lexicon;

namespace PolicyArchive.Core.Search.Coherence;

/// <summary>A text read into one language, English, through the dictionaries, so that texts in any of the archive's
/// languages can be compared by what they talk about (<see cref="TopicCoherence"/>): an English word stays itself, a
/// French word becomes its English translations (of a French text, a word both languages have is read as French), a
/// Chinese or Japanese run is split into headwords and each becomes its English translations. A word no dictionary
/// knows (a name, a model number) stays as written, folded. Crude on purpose: it is a topic's vocabulary, not a
/// translation.</summary>
public static class PivotTerms
{
    /// <summary>English translations kept per word: enough for the sense the text means to be among them.</summary>
    private const int TranslationsPerWord = 3;

    public static List<string> Of(string text, string? language, CrossLanguageLexicon lexicon)
    {
        var frenchFirst = IndexFields.PrimaryLanguage(language) == "fr";
        var terms = new List<string>();
        var word = new StringBuilder();
        var cjk = new StringBuilder();
        foreach (var c in text)
        {
            if (LexiconKey.IsCjk(c))
            {
                Flush(word, w => AddWord(w, frenchFirst, lexicon, terms));
                cjk.Append(c);
            }
            else if (char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                Flush(cjk, run => AddCjk(run, lexicon, terms));
                word.Append(c);
            }
            else
            {
                Flush(word, w => AddWord(w, frenchFirst, lexicon, terms));
                Flush(cjk, run => AddCjk(run, lexicon, terms));
            }
        }
        Flush(word, w => AddWord(w, frenchFirst, lexicon, terms));
        Flush(cjk, run => AddCjk(run, lexicon, terms));
        return terms;
    }

    private static void Flush(StringBuilder pending, Action<string> add)
    {
        if (pending.Length == 0) return;
        add(pending.ToString());
        pending.Clear();
    }

    private static void AddWord(string word, bool frenchFirst, CrossLanguageLexicon lexicon, List<string> terms)
    {
        var key = LexiconKey.Of(word);
        if (key.Length < 3 || StopWords.Contains(key) || StopWords.Contains(word.ToLowerInvariant())) return;
        if (lexicon.IsHeadword("en", key) && !(frenchFirst && lexicon.IsHeadword("fr", key)))
        {
            terms.Add(key);
            return;
        }
        AddEnglish(word, key, lexicon, terms);
    }

    private static void AddCjk(string run, CrossLanguageLexicon lexicon, List<string> terms)
    {
        foreach (var piece in lexicon.Segment(run))
            if (piece.Length > 1) AddEnglish(piece, piece, lexicon, terms);
    }

    private static void AddEnglish(string text, string asWritten, CrossLanguageLexicon lexicon, List<string> terms)
    {
        var before = terms.Count;
        foreach (var t in lexicon.Translate(text, TranslationsPerWord))
        {
            if (t.Language != "en") continue;
            var key = LexiconKey.Of(t.Text);
            if (key.Length > 0 && !terms.Skip(before).Contains(key, StringComparer.Ordinal)) terms.Add(key);
        }
        if (terms.Count == before) terms.Add(asWritten);
    }
}
