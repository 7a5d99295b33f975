namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>The seventh collection's judged queries, in the second collection's format (<see cref="Collection2Judgement"/>).</summary>
public static class Collection7Judgements
{
    /// <summary>The kinds of query, with the least number of queries each must have (the third collection's kinds).</summary>
    public static IReadOnlyDictionary<string, int> Kinds { get; } = new Dictionary<string, int>
    {
        ["en-over-fr"] = 14,
        ["zh-over-fr"] = 12,
        ["en-over-zh"] = 12,
        ["en-over-ja"] = 12,
        ["fr-over-en"] = 13,
        ["fr-over-zh"] = 12,
        ["ja-over-fr"] = 13,
        ["fr-no-accents"] = 14,
        ["fr-forms"] = 13,
        ["same-language"] = 15,
        ["author"] = 19,
        ["distractor"] = 14,
    };

    private static readonly Lazy<IReadOnlyList<Collection2Judgement>> s_all = new(() =>
        Collection2Judgements.Load(Path.Combine(Collection7Corpus.Folder, "judgements.json")));

    public static IReadOnlyList<Collection2Judgement> All => s_all.Value;
}
