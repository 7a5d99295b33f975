namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>The sixth collection's judged queries, in the second collection's format (<see cref="Collection2Judgement"/>).</summary>
public static class Collection6Judgements
{
    /// <summary>The kinds of query, with the least number of queries each must have (the third collection's kinds).</summary>
    public static IReadOnlyDictionary<string, int> Kinds { get; } = new Dictionary<string, int>
    {
        ["en-over-fr"] = 14,
        ["zh-over-fr"] = 12,
        ["en-over-zh"] = 11,
        ["en-over-ja"] = 12,
        ["fr-over-en"] = 12,
        ["fr-over-zh"] = 12,
        ["ja-over-fr"] = 12,
        ["fr-no-accents"] = 13,
        ["fr-forms"] = 12,
        ["same-language"] = 15,
        ["author"] = 16,
        ["distractor"] = 14,
    };

    private static readonly Lazy<IReadOnlyList<Collection2Judgement>> s_all = new(() =>
        Collection2Judgements.Load(Path.Combine(Collection6Corpus.Folder, "judgements.json")));

    public static IReadOnlyList<Collection2Judgement> All => s_all.Value;
}
