using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Editorial;

/// <summary>One related document as the document page lists it.</summary>
public sealed record RelatedDocument(int RelationId, string Label, RelationType Type, bool Outgoing, string PublicId, string Slug, string Title, string Language, bool Withdrawn, string? Note);

/// <summary>The relations of one document, both ways, grouped under their reader-facing labels.</summary>
public sealed record DocumentRelations(string PublicId, IReadOnlyList<RelatedDocument> Items)
{
    public bool IsEmpty => Items.Count == 0;

    public IEnumerable<IGrouping<string, RelatedDocument>> ByLabel => Items.GroupBy(i => i.Label);
}

/// <summary>Loads a document's relations in both directions: "Translation of" on one side is "Translated as" on the other.</summary>
public sealed class DocumentRelationsQuery(ArchiveDbContext db)
{
    public static string Label(RelationType type, bool outgoing) => (type, outgoing) switch
    {
        (RelationType.TranslationOf, true) => "Translation of",
        (RelationType.TranslationOf, false) => "Translated as",
        (RelationType.RespondsTo, true) => "Responds to",
        (RelationType.RespondsTo, false) => "Responses",
        (RelationType.CommentaryOn, true) => "Commentary on",
        (RelationType.CommentaryOn, false) => "Commentaries",
        _ => "Same event as",
    };

    /// <summary>Label order on the page: what this document is derived from first, then what derives from it.</summary>
    private static int Order(RelationType type, bool outgoing) => (outgoing ? 0 : 10) + (int)type;

    public async Task<DocumentRelations> ForAsync(string publicId, CancellationToken ct = default)
    {
        var outgoing = await db.Relations.AsNoTracking().Where(r => r.From.PublicId == publicId)
            .Select(r => new { r.Id, r.Type, r.Note, Other = new Other(r.To.PublicId, r.To.Slug, r.To.Title, r.To.Language, r.To.Status) }).ToListAsync(ct);
        var incoming = await db.Relations.AsNoTracking().Where(r => r.To.PublicId == publicId)
            .Select(r => new { r.Id, r.Type, r.Note, Other = new Other(r.From.PublicId, r.From.Slug, r.From.Title, r.From.Language, r.From.Status) }).ToListAsync(ct);
        var items = outgoing.Select(r => (r.Id, r.Type, r.Note, r.Other, Out: true))
            .Concat(incoming.Select(r => (r.Id, r.Type, r.Note, r.Other, Out: r.Type == RelationType.SameEventAs)))
            .OrderBy(r => Order(r.Type, r.Out)).ThenBy(r => r.Other.Title, StringComparer.CurrentCulture)
            .Select(r => new RelatedDocument(r.Id, Label(r.Type, r.Out), r.Type, r.Out, r.Other.PublicId, r.Other.Slug, r.Other.Title,
                r.Other.Language, r.Other.Status != DocumentStatus.Published, r.Note))
            .ToList();
        return new DocumentRelations(publicId, items);
    }

    // The related document's page fields only: its body is never needed here.
    private sealed record Other(string PublicId, string Slug, string Title, string Language, DocumentStatus Status);
}
