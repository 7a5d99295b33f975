namespace PolicyArchive.Web.Pages.Shared;

/// <summary>Links to the previous and next page of a list, keeping the other query parameters.</summary>
public sealed record Pager(int Page, int PageSize, int Total, string Path, IReadOnlyDictionary<string, string?>? Query)
{
    public static Pager None { get; } = new(1, 1, 0, "/", null);

    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < PageCount;

    /// <summary>A page past the last of a list that has items: the list pages answer it 404, and this partial says so.</summary>
    public bool IsPastLast => Total > 0 && Page > PageCount;

    public string Link(int page)
    {
        var q = new Dictionary<string, string?>(Query ?? new Dictionary<string, string?>()) { ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(Path, q);
    }
}
