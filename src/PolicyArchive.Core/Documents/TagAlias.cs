namespace PolicyArchive.Core.Documents;

/// <summary>A slug a tag had before it was renamed or merged: /tags/{old} redirects to the tag's page instead of answering 404.</summary>
public sealed class TagAlias
{
    public string Slug { get; set; } = "";
    public int TagId { get; set; }
}
