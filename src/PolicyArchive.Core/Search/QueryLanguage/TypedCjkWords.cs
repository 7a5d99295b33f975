using PolicyArchive.Core.Search.Expansion;
using PolicyArchive.Core.Search.Lexicon;

namespace PolicyArchive.Core.Search.QueryLanguage;

/// <summary>How a word typed in Chinese or Japanese, or with Latin letters glued to them, splits into words the
/// dictionaries can translate: at the dictionaries' headwords, longest first, and where the script changes. A word the
/// thesaurus or the dictionaries know whole stays whole.</summary>
internal sealed class TypedCjkWords(CrossLanguageLexicon lexicon, ThesaurusExpander thesaurus)
{
    /// <summary>The headwords a run of Chinese or Japanese splits into (芯片走私案件 → 芯片 | 走私 | 案件), or null when it
    /// stays as typed: shorter than three characters, or a headword itself (人工智能安全研究所).</summary>
    public List<string>? Headwords(string text)
    {
        if (text.Length < 3 || !text.All(LexiconKey.IsCjk) || lexicon.IsCjkHeadword(text) || thesaurus.Find(text) is not null) return null;
        var pieces = HeadwordPieces(text);
        return pieces.Count > 1 ? pieces : null;
    }

    /// <summary>Latin letters glued to Chinese or Japanese (AI图像, RAISE法, AIセラピー, AIと著作権): the words of each
    /// script, or null when the word is not glued or the thesaurus or the dictionaries know it whole (AI法). The index
    /// splits such a word where the script changes, so as typed it names nothing the dictionaries can translate. The
    /// Chinese or Japanese part splits at its headwords unless the thesaurus or the dictionaries know it whole; two or
    /// three Latin letters glued so are an acronym (ai绘画 is AI, not French « ai »). A process node (7纳米) stays whole: it
    /// translates as one (<see cref="ProcessNode"/>).</summary>
    public List<string>? Unglued(string text)
    {
        if (!text.Any(LexiconKey.IsCjk) || text.All(LexiconKey.IsCjk) || thesaurus.Find(text) is not null || lexicon.Contains(text)
            || ProcessNode.Forms(text) is not null
            || text.Any(c => !LexiconKey.IsCjk(c) && !char.IsLetterOrDigit(c) && c is not '-' and not '.')) return null;
        var pieces = new List<string>();
        foreach (var run in ScriptRuns(text))
        {
            if (!LexiconKey.IsCjk(run[0]))
            {
                // GPT-4o模型: a model's name keeps its hyphen; punctuation alone (a dot ending the run) is no word.
                if (run.Any(char.IsLetterOrDigit)) pieces.Add(run.Length <= 3 && run.All(char.IsAsciiLetter) ? run.ToUpperInvariant() : run);
            }
            else if (lexicon.IsCjkHeadword(run) || thesaurus.Find(run) is not null) pieces.Add(run);
            else if (HeadwordPieces(run) is { Count: > 0 } words) pieces.AddRange(words);
            else if (run.Length > 1) pieces.Add(run);
        }
        return pieces.Count > 1 ? pieces : null;
    }

    /// <summary>The headwords inside a run that is a headword itself (政府采购 → 政府 | 采购).</summary>
    public List<string> HeadwordsInside(string text) => Kept(lexicon.SegmentInside(text));

    /// <summary>Kana only, or one character (と, 的): a glued word's particle, no concept of its own.</summary>
    public static bool IsParticle(string piece) => piece.Length == 1 || piece.All(c => c is >= '\u3040' and <= '\u309F');

    private List<string> HeadwordPieces(string text) => Kept(WholeKatakana(lexicon.Segment(text).ToList()));

    /// <summary>Katakana that does not split wholly into headwords is a name or a loanword the dictionaries lack:
    /// ウォッシング is "washing", not ウォッ, シン "thin" and グ; イザム・バード one name, not イザム and バード "bird". Each run of
    /// katakana pieces (a middle dot between names included) with a piece that is no headword is put back whole, to be
    /// heard by its sound in Latin letters; one that splits into headwords (データ | センター) stays split.</summary>
    private List<string> WholeKatakana(List<string> pieces)
    {
        var result = new List<string>(pieces.Count);
        for (var i = 0; i < pieces.Count;)
        {
            var end = i;
            while (end < pieces.Count && pieces[end].Length > 0 && pieces[end].All(c => SoundKey.IsKatakana(c) || SoundKey.IsNameDot(c))) end++;
            if (end == i)
            {
                result.Add(pieces[i++]);
                continue;
            }
            var run = pieces.GetRange(i, end - i);
            if (run.Exists(p => !lexicon.IsCjkHeadword(p))) result.Add(string.Concat(run));
            else result.AddRange(run);
            i = end;
        }
        return result;
    }

    // Single characters no headword covers (particles) are dropped.
    private List<string> Kept(IEnumerable<string> pieces) => pieces.Where(p => p.Length > 1 || lexicon.IsCjkHeadword(p)).ToList();

    private static IEnumerable<string> ScriptRuns(string text)
    {
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i < text.Length && LexiconKey.IsCjk(text[i]) == LexiconKey.IsCjk(text[start])) continue;
            yield return text[start..i];
            start = i;
        }
    }
}
