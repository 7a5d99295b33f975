namespace PolicyArchive.Bench.Queries;

public enum QueryClass
{
    RareTerm,
    CommonTerm,
    TwoTerms,
    ThreeTerms,
    Phrase,
    Filtered,
    CrossLanguage,
    Typo,
}
