namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>The fourth collection's judged queries, in the second collection's format (<see cref="Collection2Judgement"/>).</summary>
public static class Collection4Judgements
{
    /// <summary>The kinds of query, with the least number of queries each must have (the third collection's kinds).</summary>
    public static IReadOnlyDictionary<string, int> Kinds { get; } = new Dictionary<string, int>
    {
        ["en-over-fr"] = 14,
        ["zh-over-fr"] = 10,
        ["en-over-zh"] = 10,
        ["en-over-ja"] = 6,
        ["fr-over-en"] = 8,
        ["fr-over-zh"] = 8,
        ["ja-over-fr"] = 6,
        ["fr-no-accents"] = 9,
        ["fr-forms"] = 9,
        ["same-language"] = 10,
        ["author"] = 8,
        ["distractor"] = 14,
    };

    private static readonly Lazy<IReadOnlyList<Collection2Judgement>> s_all = new(() =>
        Collection2Judgements.Load(Path.Combine(Collection4Corpus.Folder, "judgements.json")));

    public static IReadOnlyList<Collection2Judgement> All => s_all.Value;
}
