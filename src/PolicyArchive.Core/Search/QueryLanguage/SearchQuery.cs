using Lucene.Net.Search;

using PolicyArchive.Core.Search.Expansion;
using PolicyArchive.Core.Search.Fuzzy;

namespace PolicyArchive.Core.Search.QueryLanguage;

/// <param name="Relaxed">Documents holding only some of the query's concepts also match (ranked below those holding
/// all): the second pass when too few documents hold them all.</param>
public sealed record QueryOptions(bool ExpandThesaurus = true, bool CorrectTypos = true, bool Relaxed = false);

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
}
