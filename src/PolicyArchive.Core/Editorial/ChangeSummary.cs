using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Editorial;

/// <summary>"title, body, tags": which parts of a document differ between two states, for the revision history.</summary>
public static class ChangeSummary
{
    public static string Between(string titleBefore, string bodyBefore, RevisionMetadata before, string titleAfter, string bodyAfter, RevisionMetadata after)
    {
        var changed = new List<string>();
        if (titleBefore != titleAfter) changed.Add("title");
        if (before.OriginalTitle != after.OriginalTitle) changed.Add("original title");
        if (!before.Authors.SequenceEqual(after.Authors)) changed.Add("authors");
        if (before.Publication != after.Publication) changed.Add("publication");
        if (before.PublishedDate != after.PublishedDate) changed.Add("date");
        if (before.Language != after.Language) changed.Add("language");
        if (before.SourceUrl != after.SourceUrl) changed.Add("source URL");
        if (!before.Tags.SequenceEqual(after.Tags)) changed.Add("tags");
        if (bodyBefore != bodyAfter) changed.Add("body");
        return string.Join(", ", changed);
    }
}
