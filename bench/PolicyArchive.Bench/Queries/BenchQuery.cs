namespace PolicyArchive.Bench.Queries;

/// <summary>
/// A query as a researcher types it (<see cref="Text"/>), plus its parts for engines without a query language:
/// the words to match all of, whether they form a phrase, and an optional language + year filter.
/// </summary>
public sealed record BenchQuery(QueryClass Class, string Text, IReadOnlyList<string> Terms, bool IsPhrase = false, string? Language = null, int? Year = null)
{
    public bool IsFiltered => Language is not null || Year is not null;

    public override string ToString() =>
        IsFiltered ? $"{Text} [lang={Language}, year={Year}]" : Text;
}
