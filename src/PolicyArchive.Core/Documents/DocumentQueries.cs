using Microsoft.EntityFrameworkCore;

namespace PolicyArchive.Core.Documents;

/// <summary>The related rows a document is loaded with, named once so every reader of the same shape loads the same.</summary>
public static class DocumentQueries
{
    /// <summary>Authors and tags: what lists, citations, feeds and harvests show.</summary>
    public static IQueryable<Document> WithAuthorsAndTags(this IQueryable<Document> documents) =>
        documents.Include(d => d.Authors).Include(d => d.Tags).ThenInclude(t => t.Tag).ThenInclude(t => t.Labels);

    /// <summary>Authors, tags and passages: everything <see cref="Search.DocumentMapper"/> reads to index a document.</summary>
    public static IQueryable<Document> WithIndexedParts(this IQueryable<Document> documents) =>
        documents.WithAuthorsAndTags().Include(d => d.Passages);
}
