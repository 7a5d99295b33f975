using Lucene.Net.Search;

using PolicyArchive.Core.Search.Expansion;
using PolicyArchive.Core.Search.Fuzzy;

namespace PolicyArchive.Core.Search.QueryLanguage;

/// <param name="RelaxedTo">When above 0, documents holding this many of the query's concepts also match (ranked below
/// those holding more): the later passes when too few documents hold them all.</param>
public sealed record QueryOptions(bool ExpandThesaurus = true, bool CorrectTypos = true, int RelaxedTo = 0);

/// <summary>A correction applied to a word that matched nothing: the word was also searched as <see cref="Suggestion"/>.</summary>
public sealed record Correction(string Original, string Suggestion, bool Applied);

/// <summary>The Lucene query a researcher's text became, with everything the page should tell them about it.</summary>
public sealed record SearchQuery(
    Query Query,
    bool HasText,
    IReadOnlyList<ThesaurusExpansion> Expansions,
    IReadOnlyList<Correction> Corrections,
    string? DidYouMean,
    IReadOnlyList<string> Messages)
{
    /// <summary>How many concepts (typed words, phrases the thesaurus or dictionaries name) the query looks for.</summary>
    public int Concepts { get; init; }

    /// <summary>The sound keys (SoundKey) searched, each with the word typed that gave it.</summary>
    public IReadOnlyDictionary<string, string> Sounds { get; init; } = new Dictionary<string, string>();
}
