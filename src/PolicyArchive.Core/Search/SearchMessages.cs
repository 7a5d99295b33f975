using System.Globalization;

namespace PolicyArchive.Core.Search;

/// <summary>Every sentence the query parser and the search write for the researcher, in English, as composite format
/// strings. The site shows them in the interface's language by matching each against these templates (which are also
/// its resource keys), so a sentence written anywhere else would stay in English: add new ones here.</summary>
public static class SearchMessages
{
    // The query parser.
    public const string QueryTooLong = "The query is longer than {0} characters; only the beginning was searched.";
    public const string TooManyTerms = "Only the first {0} terms of the query were searched.";
    public const string NotAtEnd = "NOT at the end of the query was ignored: nothing follows it.";
    public const string MissingQuote = "A closing quote was missing; the rest of the query was searched as one phrase.";
    public const string PrefixTooShort = "“{0}” is too short for a prefix search (at least {1} letters before *); searched as a word.";
    public const string FieldNeedsValue = "“{0}:” needs a value, for example {1}; it was ignored.";
    public const string NotADate = "“{0}” is not a date this search can read; write a year, a month or a day, for example {1}. It was ignored.";
    public const string NotALanguage = "“lang:{0}” is not a language this search knows; use fr, en, zh or ja. It was ignored.";
    public const string UnknownField = "“{0}:” is not a field this search knows (author:, title:, lang:, tag:, publication:, after:, before:); it was searched with what follows as plain words.";
    public const string OrIgnored = "OR needs a term on each side (and cannot join an excluded term); it was ignored where it had none.";

    // The search.
    public const string TypeWords = "Type one or more words to search the archive.";
    public const string NothingLeft = "Nothing was left to search.";
    public const string ResultsStop = "Results stop at page {0}; narrow the search to see the rest.";
    public const string NoneHoldEvery = "No document holds every word; these hold some of them.";
    public const string FewHoldEvery = "Few documents hold every word; documents holding some of them follow.";
    public const string Rebuilding = "The search index is being rebuilt from the archive: results may be incomplete for a moment.";
    public const string StoreUnavailable = "The documents' texts could not be read from the archive just now: results are shown without extracts.";

    /// <summary>Every template above, for the site's translations (and the test that each has one).</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        QueryTooLong, TooManyTerms, NotAtEnd, MissingQuote, PrefixTooShort, FieldNeedsValue, NotADate, NotALanguage, UnknownField,
        OrIgnored, TypeWords, NothingLeft, ResultsStop, NoneHoldEvery, FewHoldEvery, Rebuilding, StoreUnavailable,
    ];

    public static string Format(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);
}
