using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Search;

namespace PolicyArchive.Core.Editorial;

/// <summary>Editors' writes: each save is one transaction with its revision and audit entry, then indexed at once.</summary>
public sealed class DocumentEditor(ArchiveDbContext db, ArchiveIndex index, TimeProvider clock)
{
    public async Task<Document> CreateAsync(DocumentDraft draft, string editor, string? note, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var d = new Document
        {
            PublicId = PublicIds.New(),
            Origin = null,
            IngestedAt = now,
            UpdatedAt = now,
            RevisionNumber = 1,
            ConcurrencyVersion = 1,
            RetrievedAt = draft.SourceUrl is null ? null : now,
        };
        await ApplyAsync(d, draft, ct);
        d.ContentSha256 = RevisionFactory.Sha256Hex(draft.Body);
        d.Revisions.Add(RevisionFactory.Snapshot(d, editor, note, "created", now));
        db.Documents.Add(d);
        db.AuditEntries.Add(new AuditEntry { At = now, UserName = editor, Action = "document.create", DocumentPublicId = d.PublicId, Details = d.Title });
        await db.SaveChangesAsync(ct);

        index.Upsert([d]);
        index.Commit(now);
        return d;
    }

    private async Task ApplyAsync(Document d, DocumentDraft draft, CancellationToken ct)
    {
        d.Title = draft.Title.Trim();
        d.OriginalTitle = draft.OriginalTitle;
        d.Body = draft.Body;
        d.Language = draft.Language;
        d.Publication = draft.Publication;
        d.PublishedDate = draft.PublishedDate;
        d.SourceUrl = draft.SourceUrl;
        d.Notes = draft.Notes;
        d.Slug = Slugs.From(d.Title);
        d.Authors.Clear();
        d.Authors.AddRange(draft.Authors.Select((a, i) => new DocumentAuthor { Position = i, Name = a }));
        d.Tags.Clear();
        foreach (var name in draft.Tags.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var slug = Slugs.From(name);
            var tag = db.Tags.Local.FirstOrDefault(t => t.Slug == slug)
                ?? await db.Tags.SingleOrDefaultAsync(t => t.Slug == slug, ct)
                ?? new Tag { Name = name, Slug = slug };
            d.Tags.Add(new DocumentTag { Tag = tag, Document = d });
        }
        d.Passages.Clear();
        d.Passages.Add(new Passage { Ordinal = 0, Start = 0, Length = d.Body.Length, Language = d.Language });
        d.Provenance.RemoveAll(p => p.Source == FieldSource.Entered);
        foreach (var (field, value) in EnteredValues(draft))
            d.Provenance.Add(new FieldProvenance { Field = field, Source = FieldSource.Entered, Value = value });
    }

    private static IEnumerable<(string, string)> EnteredValues(DocumentDraft draft)
    {
        yield return (DocumentFields.Title, draft.Title);
        yield return (DocumentFields.Language, draft.Language);
        if (draft.Authors.Count > 0) yield return (DocumentFields.Authors, string.Join("; ", draft.Authors));
        if (draft.Publication is not null) yield return (DocumentFields.Publication, draft.Publication);
        if (draft.PublishedDate.ToIso() is { } date) yield return (DocumentFields.PublishedDate, date);
        if (draft.SourceUrl is not null) yield return (DocumentFields.SourceUrl, draft.SourceUrl);
        if (draft.Tags.Count > 0) yield return (DocumentFields.Tags, string.Join("; ", draft.Tags));
    }
}
