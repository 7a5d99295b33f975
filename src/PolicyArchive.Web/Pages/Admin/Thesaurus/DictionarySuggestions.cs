using PolicyArchive.Core.Search.Lexicon;
using PolicyArchive.Core.Thesaurus;

namespace PolicyArchive.Web.Pages.Admin.Thesaurus;

/// <summary>Translations the cross-language lexicon gives for a concept's terms that the concept does not have yet,
/// as "lang: term" lines an editor can paste into the terms box.</summary>
public static class DictionarySuggestions
{
    public const int Max = 12;

    public static IReadOnlyList<string> For(CrossLanguageLexicon lexicon, IEnumerable<ThesaurusTerm> terms)
    {
        var list = terms.ToList();
        var known = list.Select(t => LexiconKey.Of(t.Text)).ToHashSet(StringComparer.Ordinal);
        return list.SelectMany(t => lexicon.Translate(t.Text, perLanguage: 3))
            .Where(t => known.Add(LexiconKey.Of(t.Text)))
            .OrderByDescending(t => t.Weight)
            .Take(Max)
            .Select(t => $"{t.Language}: {t.Text}")
            .ToList();
    }
}
