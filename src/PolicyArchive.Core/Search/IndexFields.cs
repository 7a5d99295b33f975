namespace PolicyArchive.Core.Search;

/// <summary>Names of the fields in the Lucene index.</summary>
public static class IndexFields
{
    public const string Id = "id";
    public const string Slug = "slug";
    public const string Title = "title";
    public const string Body = "body";
    public const string Language = "lang";
    public const string Publication = "publication";
    public const string Author = "author";
    public const string Tag = "tag";
    public const string Year = "year";

    /// <summary>Sortable date: yyyyMMdd with unknown parts as zero.</summary>
    public const string DateSort = "date_sort";

    /// <summary>Ticks of Document.UpdatedAt, to tell whether the index is behind the store.</summary>
    public const string UpdatedTicks = "updated_ticks";
}
