namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>The fifth collection's judged queries, in the second collection's format (<see cref="Collection2Judgement"/>).</summary>
public static class Collection5Judgements
{
    /// <summary>The kinds of query, with the least number of queries each must have (the third collection's kinds).</summary>
    public static IReadOnlyDictionary<string, int> Kinds { get; } = new Dictionary<string, int>
    {
        ["en-over-fr"] = 13,
        ["zh-over-fr"] = 10,
        ["en-over-zh"] = 10,
        ["en-over-ja"] = 9,
        ["fr-over-en"] = 11,
        ["fr-over-zh"] = 10,
        ["ja-over-fr"] = 10,
        ["fr-no-accents"] = 11,
        ["fr-forms"] = 10,
        ["same-language"] = 13,
        ["author"] = 15,
        ["distractor"] = 12,
    };

    private static readonly Lazy<IReadOnlyList<Collection2Judgement>> s_all = new(() =>
        Collection2Judgements.Load(Path.Combine(Collection5Corpus.Folder, "judgements.json")));

    public static IReadOnlyList<Collection2Judgement> All => s_all.Value;
}
