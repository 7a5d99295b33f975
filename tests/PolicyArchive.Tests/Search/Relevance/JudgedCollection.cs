using PolicyArchive.Core.Documents;

namespace PolicyArchive.Tests.Search.Relevance;

/// <summary>A relevance collection written after the second, in its format and read by its parser:
/// <c>Search/Relevance/CollectionN/documents/cN-NNN.txt</c> and <c>judgements.json</c>, copied to the test output. Each
/// was written after search had been tuned on the ones before, without looking at search, to measure how search does on
/// documents nobody fitted it to; its README says how, and what has been tuned on it since.</summary>
public sealed class JudgedCollection
{
    public static JudgedCollection Third { get; } = new(3, new(Documents: 64, Queries: 110, Mixed: 5, Distractors: 12), new Dictionary<string, int>
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
    });

    public static JudgedCollection Fourth { get; } = new(4, new(Documents: 66, Queries: 112, Mixed: 5, Distractors: 12), new Dictionary<string, int>
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
    });

    public static JudgedCollection Fifth { get; } = new(5, new(Documents: 69, Queries: 142, Mixed: 5, Distractors: 12), new Dictionary<string, int>
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
    });

    public static JudgedCollection Sixth { get; } = new(6, new(Documents: 73, Queries: 155, Mixed: 5, Distractors: 13), new Dictionary<string, int>
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
    });

    public static JudgedCollection Seventh { get; } = new(7, new(Documents: 73, Queries: 163, Mixed: 5, Distractors: 13), new Dictionary<string, int>
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
    });

    public static JudgedCollection Eighth { get; } = new(8, new(Documents: 73, Queries: 170, Mixed: 5, Distractors: 13), new Dictionary<string, int>
    {
        ["en-over-fr"] = 15,
        ["zh-over-fr"] = 13,
        ["en-over-zh"] = 13,
        ["en-over-ja"] = 12,
        ["fr-over-en"] = 13,
        ["fr-over-zh"] = 12,
        ["ja-over-fr"] = 13,
        ["fr-no-accents"] = 15,
        ["fr-forms"] = 14,
        ["same-language"] = 16,
        ["author"] = 20,
        ["distractor"] = 14,
    });

    public static JudgedCollection Ninth { get; } = new(9, new(Documents: 80, Queries: 210, Mixed: 4, Distractors: 12), new Dictionary<string, int>
    {
        ["en-over-fr"] = 19,
        ["zh-over-fr"] = 17,
        ["en-over-zh"] = 14,
        ["en-over-ja"] = 16,
        ["fr-over-en"] = 16,
        ["fr-over-zh"] = 15,
        ["ja-over-fr"] = 17,
        ["fr-no-accents"] = 20,
        ["fr-forms"] = 19,
        ["same-language"] = 20,
        ["author"] = 20,
        ["distractor"] = 17,
    });

    public static JudgedCollection Tenth { get; } = new(10, new(Documents: 73, Queries: 193, Mixed: 5, Distractors: 13), new Dictionary<string, int>
    {
        ["en-over-fr"] = 17,
        ["zh-over-fr"] = 15,
        ["en-over-zh"] = 14,
        ["en-over-ja"] = 14,
        ["fr-over-en"] = 15,
        ["fr-over-zh"] = 15,
        ["ja-over-fr"] = 18,
        ["fr-no-accents"] = 17,
        ["fr-forms"] = 17,
        ["same-language"] = 17,
        ["author"] = 20,
        ["distractor"] = 14,
    });

    public static JudgedCollection Eleventh { get; } = new(11, new(Documents: 64, Queries: 156, Mixed: 4, Distractors: 12), new Dictionary<string, int>
    {
        ["en-over-fr"] = 13,
        ["zh-over-fr"] = 13,
        ["en-over-zh"] = 12,
        ["en-over-ja"] = 12,
        ["fr-over-en"] = 12,
        ["fr-over-zh"] = 12,
        ["ja-over-fr"] = 13,
        ["fr-no-accents"] = 13,
        ["fr-forms"] = 13,
        ["same-language"] = 12,
        ["author"] = 16,
        ["distractor"] = 15,
    });

    public static JudgedCollection Twelfth { get; } = new(12, new(Documents: 64, Queries: 157, Mixed: 4, Distractors: 12), new Dictionary<string, int>
    {
        ["en-over-fr"] = 13,
        ["zh-over-fr"] = 13,
        ["en-over-zh"] = 12,
        ["en-over-ja"] = 12,
        ["fr-over-en"] = 12,
        ["fr-over-zh"] = 12,
        ["ja-over-fr"] = 13,
        ["fr-no-accents"] = 13,
        ["fr-forms"] = 13,
        ["same-language"] = 12,
        ["author"] = 16,
        ["distractor"] = 16,
    });

    public static JudgedCollection Thirteenth { get; } = new(13, new(Documents: 64, Queries: 160, Mixed: 4, Distractors: 12), new Dictionary<string, int>
    {
        ["en-over-fr"] = 13,
        ["zh-over-fr"] = 13,
        ["en-over-zh"] = 12,
        ["en-over-ja"] = 12,
        ["fr-over-en"] = 12,
        ["fr-over-zh"] = 12,
        ["ja-over-fr"] = 13,
        ["fr-no-accents"] = 13,
        ["fr-forms"] = 14,
        ["same-language"] = 12,
        ["author"] = 17,
        ["distractor"] = 17,
    });

    public static JudgedCollection Fourteenth { get; } = new(14, new(Documents: 64, Queries: 161, Mixed: 4, Distractors: 12), new Dictionary<string, int>
    {
        ["en-over-fr"] = 13,
        ["zh-over-fr"] = 13,
        ["en-over-zh"] = 12,
        ["en-over-ja"] = 12,
        ["fr-over-en"] = 12,
        ["fr-over-zh"] = 12,
        ["ja-over-fr"] = 13,
        ["fr-no-accents"] = 13,
        ["fr-forms"] = 14,
        ["same-language"] = 12,
        ["author"] = 18,
        ["distractor"] = 17,
    });

    private readonly Lazy<IReadOnlyList<Collection2Document>> _documents;
    private readonly Lazy<IReadOnlyList<Collection2Judgement>> _judgements;

    private JudgedCollection(int number, CollectionChecks.Least least, IReadOnlyDictionary<string, int> kinds)
    {
        Name = $"Collection{number}";
        Prefix = $"c{number}-";
        Least = least;
        var folder = Path.Combine(AppContext.BaseDirectory, "Search", "Relevance", $"Collection{number}");
        Kinds = kinds;
        _documents = new(() => Collection2Corpus.Load(Path.Combine(folder, "documents"), Prefix));
        _judgements = new(() => Collection2Judgements.Load(Path.Combine(folder, "judgements.json")));
    }

    /// <summary>Every collection written after the second, in order.</summary>
    public static IReadOnlyList<JudgedCollection> Written { get; } = [Third, Fourth, Fifth, Sixth, Seventh, Eighth, Ninth, Tenth, Eleventh, Twelfth, Thirteenth, Fourteenth];

    public string Name { get; }

    /// <summary>"c5-": the prefix of the collection's document ids.</summary>
    public string Prefix { get; }

    /// <summary>The least numbers of documents, queries, mixed texts and look-alikes it was written with.</summary>
    public CollectionChecks.Least Least { get; }

    /// <summary>The kinds of query (the third collection's), with the least number of queries each must have.</summary>
    public IReadOnlyDictionary<string, int> Kinds { get; }

    public IReadOnlyList<Collection2Document> All() => _documents.Value;

    public Collection2Document Document(string id) => All().Single(d => d.Id == id);

    public IReadOnlyList<Document> Documents() => All().Select(d => d.ToDocument()).ToList();

    public override string ToString() => Name;

    public IReadOnlyList<Collection2Judgement> Judgements => _judgements.Value;
}

/// <summary>A collection indexed once per test class that measures it.</summary>
public abstract class JudgedCollectionFixture(JudgedCollection collection) : IDisposable
{
    public TestIndex Index { get; } = new(collection.Documents());

    public void Dispose() => Index.Dispose();
}
