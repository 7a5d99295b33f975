using Lucene.Net.Search;

using PolicyArchive.Core.Search.Expansion;
using PolicyArchive.Core.Search.Fuzzy;

namespace PolicyArchive.Core.Search.QueryLanguage;

public sealed record QueryOptions(bool ExpandThesaurus = true, bool CorrectTypos = true);

/// <summary>A correction applied to a word that matched nothing: the word was also searched as <see cref="Suggestion"/>.</summary>
public sealed record Correction(string Original, string Suggestion, bool Applied);

/// <summary>The Lucene query a researcher's text became, with everything the page should tell them about it.</summary>
public sealed record SearchQuery(
    Query Query,
    bool HasText,
    IReadOnlyList<ThesaurusExpansion> Expansions,
    IReadOnlyList<Correction> Corrections,
    string? DidYouMean,
    IReadOnlyList<string> Messages);
