namespace PolicyArchive.Core.Documents;

/// <summary>A search an editor named and kept: its URL query (as the results page writes it), so it opens as a results
/// page, an Atom feed and an export.</summary>
public sealed class SavedSearch
{
    public int Id { get; set; }
    public string Name { get; set; } = "";

    /// <summary>The query string of the results page, starting with "?" (e.g. "?q=chips&amp;lang=fr").</summary>
    public string Query { get; set; } = "";

    public string CreatedBy { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
