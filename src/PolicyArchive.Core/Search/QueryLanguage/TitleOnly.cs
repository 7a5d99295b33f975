using Lucene.Net.Search;

namespace PolicyArchive.Core.Search.QueryLanguage;

/// <summary>A word's or phrase's query kept to the title fields (title:chips): the same forms, translations and
/// corrections a plain word gets, but only the leaves that read a title. What must match and cannot in a title makes
/// the whole query match nothing; what may match is dropped. Names matched by their sound are dropped too: their
/// keys are one field for the title and the body.</summary>
internal static class TitleOnly
{
    public static Query? Keep(Query query) => QueryTree.Map(query, leaf => leaf switch
    {
        TermQuery term when IsTitle(term.Term.Field) => term,
        PhraseQuery phrase when phrase.GetTerms() is { Length: > 0 } terms && IsTitle(terms[0].Field) => phrase,
        PrefixQuery prefix when IsTitle(prefix.Prefix.Field) => prefix,
        _ => null,
    });

    private static bool IsTitle(string field) => field.StartsWith(IndexFields.TitlePrefix, StringComparison.Ordinal);
}
