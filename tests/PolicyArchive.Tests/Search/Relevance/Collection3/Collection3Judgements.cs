namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>The third collection's judged queries, in the second collection's format (<see cref="Collection2Judgement"/>).</summary>
public static class Collection3Judgements
{
    /// <summary>The kinds of query, with the least number of queries each must have. <c>ja-over-fr</c> (Japanese typed,
    /// French and other documents wanted) is new in this collection.</summary>
    public static IReadOnlyDictionary<string, int> Kinds { get; } = new Dictionary<string, int>
    {
        ["en-over-fr"] = 15,
        ["zh-over-fr"] = 10,
        ["en-over-zh"] = 10,
        ["en-over-ja"] = 6,
        ["fr-over-en"] = 6,
        ["fr-over-zh"] = 6,
        ["ja-over-fr"] = 4,
        ["fr-no-accents"] = 10,
        ["fr-forms"] = 10,
        ["same-language"] = 10,
        ["author"] = 8,
        ["distractor"] = 12,
    };

    private static readonly Lazy<IReadOnlyList<Collection2Judgement>> s_all = new(() =>
        Collection2Judgements.Load(Path.Combine(Collection3Corpus.Folder, "judgements.json")));

    public static IReadOnlyList<Collection2Judgement> All => s_all.Value;
}
