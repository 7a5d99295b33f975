namespace PolicyArchive.Core.Search.Lexicon;

/// <summary>An aggressive derivational stem for folded French words, to find a word's family among the lexicon's
/// headwords (rémunérer/rémunération, refroidir/refroidissement, étiqueter/étiquetage, prescrire/prescription,
/// inventrice/inventeur). Too coarse to index with; a
/// query word's family is searched below the word's own translations.</summary>
public static class FrenchStem
{
    public const int MinStem = 5;

    private static readonly string[] s_suffixes =
    [
        "issements", "issement", "ements", "ement", "ations", "ation", "ateurs", "ateur", "atrices", "atrice", "ieres", "iere",
        "iers", "ier", "euses", "euse", "eurs", "eur", "ables", "able", "ibles", "ible", "ances", "ance", "ences", "ence",
        "ismes", "isme", "istes", "iste", "ites", "ite", "ives", "ive", "ifs", "if", "aires", "aire", "ages", "age", "ptions", "ption",
        "ments", "ment", "ees", "ee", "es", "er", "ir", "re", "e", "s",
    ];

    /// <summary>The stem of a folded, lower-case word, or null when the word is too short or not plain letters.</summary>
    public static string? Of(string word)
    {
        if (word.Length < MinStem || !word.All(char.IsAsciiLetterLower)) return null;
        // A feminine agent noun is in its masculine's family (inventrice, inventeur, inventer); "-teur" itself is no
        // suffix to strip: it would put opérateur with opéra and take inventeur from inventer.
        var stem = word.EndsWith("trices", StringComparison.Ordinal) ? word[..^6] + "teurs"
            : word.EndsWith("trice", StringComparison.Ordinal) ? word[..^5] + "teur"
            : word;
        for (var round = 0; round < 2; round++)
        {
            var suffix = s_suffixes.FirstOrDefault(s => stem.EndsWith(s, StringComparison.Ordinal) && stem.Length - s.Length >= MinStem);
            if (suffix is null) break;
            stem = stem[..^suffix.Length];
        }
        // subventionner → subventionn → subvention
        if (stem.Length > MinStem && stem[^1] == stem[^2] && stem[^1] is 'n' or 't' or 'l' or 's') stem = stem[..^1];
        return stem;
    }
}
