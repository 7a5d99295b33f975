namespace PolicyArchive.Core.Search.Indexing;

/// <summary>The index's field names. Text goes to one field per analyzer ("body_fr", "title_en"...); the language
/// of a passage chooses its field, and queries are analysed for every field.</summary>
public static class IndexFields
{
    // Stored, not analysed.
    public const string PublicId = "id";
    public const string Slug = "slug";
    public const string Title = "title";
    public const string Language = "language";
    public const string Body = "body";
    public const string Passages = "passages";

    // Facets and filters: exact values, indexed as terms and as sorted-set doc values.
    public const string LangFacet = "f_lang";
    public const string PublicationFacet = "f_publication";
    public const string TagFacet = "f_tag";
    public const string AuthorFacet = "f_author";
    public const string YearFacet = "f_year";

    // Filters typed by a researcher: folded text so "author:krishnan" finds "Sriram Krishnan".
    public const string AuthorText = "author_text";
    public const string PublicationText = "publication_text";
    public const string TagText = "tag_text";

    // Dates as yyyymmdd: the first and last day the known precision allows; 0 when the year is unknown.
    public const string DateStart = "date_start";
    public const string DateEnd = "date_end";
    public const string SortDateOldestFirst = "sort_date_asc";
    public const string SortDate = "sort_date";

    public const string BodyPrefix = "body_";
    public const string TitlePrefix = "title_";

    public const string Fr = "fr";
    public const string En = "en";
    public const string Cjk = "cjk";
    public const string Exact = "exact";
    public const string Fold = "fold";

    /// <summary>Analyzer suffixes, in the order queries visit them.</summary>
    public static readonly IReadOnlyList<string> TextSuffixes = [Fr, En, Cjk, Exact, Fold];

    public static IEnumerable<string> BodyFields => TextSuffixes.Select(s => BodyPrefix + s);
    public static IEnumerable<string> TitleFields => TextSuffixes.Select(s => TitlePrefix + s);
    public static IEnumerable<string> TextFields => BodyFields.Concat(TitleFields);

    /// <summary>The analyzer suffix for a passage in <paramref name="language"/>; languages without their own
    /// analyzer go to the folding field, which every query visits anyway.</summary>
    public static string SuffixFor(string? language)
    {
        var primary = (language ?? "").Split('-', '_')[0].ToLowerInvariant();
        return primary switch
        {
            "fr" => Fr,
            "en" => En,
            "zh" or "ja" or "ko" => Cjk,
            _ => Fold,
        };
    }
}
