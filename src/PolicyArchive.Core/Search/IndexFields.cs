namespace PolicyArchive.Core.Search;

/// <summary>The index's field names. Text goes to one field per analyzer ("body_fr", "title_en"...): the language of
/// a passage chooses its field, and queries are analysed for every field.</summary>
public static class IndexFields
{
    // Stored for hits and snippets; "id" is also the term documents are replaced and deleted by.
    public const string Id = "id";
    public const string Slug = "slug";
    public const string Title = "title";

    /// <summary>The <see cref="Snippets.BodyFingerprint"/> of the body indexed: the body itself is read from the store.</summary>
    public const string BodyFingerprint = "body_fingerprint";

    /// <summary>Passage spans of the body ("start:length:lang;..."), so more-like-this can split a body by language without analysing it again.</summary>
    public const string Passages = "passages";

    // Facets and filters: exact values, indexed as terms and as sorted-set doc values.
    // "lang" holds the document's language (stored, first) and the language of each passage that differs.
    public const string Language = "lang";

    /// <summary>The document's own language only, not its passages' (an English text quoting 防衛省 is not a Chinese
    /// text): what a query's China or Japan is met by (<c>HomeLanguage</c>). Chinese written in Taiwan, Hong Kong or
    /// Macau, or in traditional characters, is "zh-hant" here when its language tag says so.</summary>
    public const string MainLanguage = "lang_main";
    public const string Publication = "publication";
    public const string Author = "author";
    public const string Tag = "tag";
    public const string Year = "year";

    /// <summary>"yyyy-MM" when the date gives a month: the results timeline counts it; narrowing by it is a facet too.</summary>
    public const string Month = "month";

    // Filters typed by a researcher: folded text, so "author:krishnan" finds "Sriram Krishnan".
    public const string AuthorText = "author_text";
    public const string PublicationText = "publication_text";
    public const string TagText = "tag_text";

    /// <summary>Slugs of a tag's name, its slug and each of its labels: "tag:" compares the slug of what was typed, so
    /// spaces, accents, quotes and dashes never matter.</summary>
    public const string TagSlug = "tag_slug";

    // Stored only, for what a hit shows (who, where, when, what kind) without a database round trip.
    public const string HitAuthors = "hit_author";
    public const string HitPublication = "hit_publication";
    public const string HitDate = "hit_date";
    public const string HitKind = "hit_kind";
    public const string HitTags = "hit_tag";

    // Dates as yyyymmdd: the first and last day the known precision allows; 0 when the year is unknown.
    public const string DateStart = "date_start";
    public const string DateEnd = "date_end";

    /// <summary>Sort key for "newest": yyyymmdd of the earliest day the date allows, 0 when undated (last).</summary>
    public const string DateSort = "date_sort";

    /// <summary>Sort key for "oldest": as <see cref="DateSort"/> but undated documents get int.MaxValue (last again).</summary>
    public const string DateSortOldestFirst = "date_sort_asc";

    /// <summary>Ticks of Document.UpdatedAt, to tell whether the index is behind the store, and the sort key of a search's
    /// feed (<see cref="SearchSort.LastChanged"/>).</summary>
    public const string UpdatedTicks = "updated_ticks";

    /// <summary>MinHash band keys of the body, to find near-duplicate candidates without reading every text.</summary>
    public const string NearDuplicateBands = "lsh";

    /// <summary>The sound keys (SoundKey) of the katakana words and of the Latin words of a text's title and body: a
    /// name typed in Latin letters meets its katakana spelling, and the other way round.</summary>
    public const string SoundOfKatakana = "sound_kana";
    public const string SoundOfLatin = "sound_latin";

    /// <summary>The title and body read into English through the dictionaries (<see cref="Coherence.PivotTerms"/>), for
    /// telling which of the top hits talk about the same thing; never searched.</summary>
    public const string Pivot = "pivot";

    public const string BodyPrefix = "body_";
    public const string TitlePrefix = "title_";

    public const string Fr = "fr";
    public const string En = "en";
    public const string Cjk = "cjk";
    public const string Fold = "fold";

    /// <summary>Analyzer suffixes, in the order queries visit them. There is no accent-keeping "exact" field: it
    /// differed from the folding field only by accents and elisions, held every text a second time (13% of the index at
    /// 20,000 documents) and cost every typed word one more full-length postings list, with no recall gained.</summary>
    public static readonly IReadOnlyList<string> TextSuffixes = [Fr, En, Cjk, Fold];

    public static IEnumerable<string> BodyFields => TextSuffixes.Select(s => BodyPrefix + s);
    public static IEnumerable<string> TitleFields => TextSuffixes.Select(s => TitlePrefix + s);
    public static IEnumerable<string> TextFields => BodyFields.Concat(TitleFields);

    public static readonly IReadOnlyList<string> FacetFields = [Language, Publication, Tag, Author, Year, Month];

    /// <summary>The analyzer suffix for text in <paramref name="language"/>; languages without their own analyzer go to
    /// the folding field, which every query visits anyway.</summary>
    public static string SuffixFor(string? language) => PrimaryLanguage(language) switch
    {
        "fr" => Fr,
        "en" => En,
        "zh" or "ja" or "ko" => Cjk,
        _ => Fold,
    };

    public static string PrimaryLanguage(string? language) => (language ?? "").Split('-', '_')[0].Trim().ToLowerInvariant();
}
