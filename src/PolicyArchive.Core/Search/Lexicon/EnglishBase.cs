namespace PolicyArchive.Core.Search.Lexicon;

/// <summary>The base forms an inflected English word may have ("smuggled" → smuggle, "labelling" → label, "banned" →
/// ban, "subsidising" → subsidise, subsidize), most likely first: dictionaries list headwords, researchers type forms.
/// Plurals are <see cref="LexiconKey.Singular"/>'s.</summary>
public static class EnglishBase
{
    public static IEnumerable<string> Candidates(string word)
    {
        if (word.Length < 5 || !word.All(char.IsAsciiLetterLower)) yield break;
        var stem = word.EndsWith("ing", StringComparison.Ordinal) ? word[..^3]
            : word.EndsWith("ied", StringComparison.Ordinal) ? word[..^3] + "y"
            : word.EndsWith("ed", StringComparison.Ordinal) ? word[..^2]
            : null;
        if (stem is null || stem.Length < 2) yield break;
        foreach (var form in Forms(stem))
        {
            yield return form;
            // British and American spellings: subsidise / subsidize.
            if (form.EndsWith("ise", StringComparison.Ordinal)) yield return form[..^3] + "ize";
            else if (form.EndsWith("ize", StringComparison.Ordinal)) yield return form[..^3] + "ise";
        }
    }

    /// <summary>Whether <paramref name="word"/> may be an inflected form ("suspended", "banned", "reporting"), the
    /// forms that borrow a headword's translations, in the languages their own entries lack, even when they have some.</summary>
    public static bool IsInflected(string word) =>
        (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)) && Candidates(word).Any();

    /// <summary>Whether <paramref name="word"/> may be an -ing form ("reporting"), often a noun of its own (a bearing).</summary>
    public static bool IsGerund(string word) => word.EndsWith("ing", StringComparison.Ordinal) && Candidates(word).Any();

    private static IEnumerable<string> Forms(string stem)
    {
        // banned → bann → ban; labelling → labell → label
        if (stem.Length > 3 && stem[^1] == stem[^2] && !"aeiouy".Contains(stem[^1], StringComparison.Ordinal)) yield return stem[..^1];
        yield return stem + "e";
        yield return stem;
    }
}
