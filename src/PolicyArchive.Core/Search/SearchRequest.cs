namespace PolicyArchive.Core.Search;

public sealed record SearchRequest(string? Query, int Page = 1, int PageSize = 10)
{
    public const int MaxPageSize = 100;

    public int SafePage => Math.Max(1, Page);
    public int SafePageSize => Math.Clamp(PageSize, 1, MaxPageSize);
}
