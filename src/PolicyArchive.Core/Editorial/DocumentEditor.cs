using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Search;

namespace PolicyArchive.Core.Editorial;

/// <summary>Editors' writes: each save is one transaction with its revision and audit entry, then indexed at once.</summary>
public sealed class DocumentEditor(ArchiveDbContext db, ArchiveIndex index, TimeProvider clock)
{
    /// <param name="uploaded">The metadata the extractor found in an uploaded file, kept as "extracted" provenance next to what the editor confirmed.</param>
    public async Task<Document> CreateAsync(DocumentDraft draft, string editor, string? note, CancellationToken ct = default, UploadedSource? uploaded = null)
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
        d.Passages.Add(new Passage { Ordinal = 0, Start = 0, Length = d.Body.Length, Language = d.Language });
        d.ContentSha256 = uploaded?.ContentSha256 ?? RevisionFactory.Sha256Hex(draft.Body);
        // The uploaded file's name, kept under the document's own id so two uploads of one file name never clash.
        if (uploaded is not null) d.Origin = $"upload/{d.PublicId}/{Path.GetFileName(uploaded.FileName)}";
        if (uploaded is not null) RecordExtracted(d, uploaded);
        d.Revisions.Add(RevisionFactory.Snapshot(d, editor, note, "created", now));
        db.Documents.Add(d);
        var details = uploaded is null ? d.Title : $"{d.Title} (from {uploaded.FileName})";
        db.AuditEntries.Add(AuditActions.Entry(now, editor, AuditActions.Create, d.PublicId, details));
        await db.SaveChangesAsync(ct);

        index.Upsert([d]);
        index.Commit(now);
        return d;
    }

    /// <summary>Saves an edit as a new revision. <paramref name="expectedVersion"/> is the concurrency version the editor's form was
    /// made from: when someone saved in between, nothing is written and <see cref="EditConflictException"/> says who.</summary>
    /// <returns>The document, or null when the draft changes nothing (no empty revision is written).</returns>
    public async Task<Document?> UpdateAsync(string publicId, int expectedVersion, DocumentDraft draft, string editor, string? note, CancellationToken ct = default)
    {
        var d = await LoadForEditAsync(publicId, ct);
        if (d.ConcurrencyVersion != expectedVersion) throw await ConflictAsync(d, ct);

        var (titleBefore, bodyBefore, metaBefore) = (d.Title, d.Body, RevisionMetadata.Of(d));
        await ApplyAsync(d, draft, ct);
        var summary = ChangeSummary.Between(titleBefore, bodyBefore, metaBefore, d.Title, d.Body, RevisionMetadata.Of(d));
        if (summary.Length == 0)
        {
            db.ChangeTracker.Clear();
            return null;
        }
        if (d.Body != bodyBefore)
        {
            // The language runs found on ingestion no longer fit an edited body: it becomes one run in the document's language.
            d.Passages.Clear();
            d.Passages.Add(new Passage { Ordinal = 0, Start = 0, Length = d.Body.Length, Language = d.Language });
            // ContentSha256 stays the hash of the source as received: each revision carries the hash of its own text.
        }

        var now = clock.GetUtcNow().UtcDateTime;
        d.UpdatedAt = now;
        d.RevisionNumber++;
        BumpVersion(d, expectedVersion);
        d.Revisions.Add(RevisionFactory.Snapshot(d, editor, note, summary, now));
        db.AuditEntries.Add(AuditActions.Entry(now, editor, AuditActions.Update, d.PublicId, $"revision {d.RevisionNumber}: {summary}"));
        await SaveAsync(d, ct);

        index.Upsert([d]);
        index.Commit(now);
        return d;
    }

    internal async Task<Document> LoadForEditAsync(string publicId, CancellationToken ct) =>
        await db.Documents.WithAuthorsAndTags()
            .Include(x => x.Passages).Include(x => x.Provenance).AsSplitQuery()
            .SingleOrDefaultAsync(x => x.PublicId == publicId, ct)
        ?? throw new EditorialException("There is no document with this id.");

    /// <summary>Tells EF which version the editor started from, so a save made in between by someone else fails instead of being overwritten.</summary>
    internal void BumpVersion(Document d, int expectedVersion)
    {
        db.Entry(d).Property(x => x.ConcurrencyVersion).OriginalValue = expectedVersion;
        d.ConcurrencyVersion = expectedVersion + 1;
    }

    internal async Task SaveAsync(Document d, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Documents.AsNoTracking().SingleAsync(x => x.Id == d.Id, ct);
            throw await ConflictAsync(current, ct);
        }
    }

    internal async Task<EditConflictException> ConflictAsync(Document current, CancellationToken ct)
    {
        var last = await db.Revisions.AsNoTracking().Where(r => r.DocumentId == current.Id)
            .OrderByDescending(r => r.Number).FirstOrDefaultAsync(ct);
        db.ChangeTracker.Clear();
        return new EditConflictException(current.RevisionNumber, last?.CreatedBy, last?.CreatedAt);
    }

    // Children are reconciled in place rather than cleared and re-added: their keys are (document, position) and (document, tag).
    private async Task ApplyAsync(Document d, DocumentDraft draft, CancellationToken ct)
    {
        d.Title = draft.Title.Trim();
        d.OriginalTitle = draft.OriginalTitle ?? d.OriginalTitle;
        d.Body = draft.Body;
        d.Language = draft.Language;
        d.Publication = draft.Publication;
        d.PublishedDate = draft.PublishedDate;
        // RetrievedAt is when the text was captured: adding or correcting its URL later does not make today that date.
        d.SourceUrl = draft.SourceUrl;
        d.Notes = draft.Notes ?? d.Notes;
        d.Slug = Slugs.From(d.Title);

        var authors = d.Authors.OrderBy(a => a.Position).ToList();
        for (var i = 0; i < draft.Authors.Count; i++)
        {
            if (i < authors.Count) authors[i].Name = draft.Authors[i];
            else d.Authors.Add(new DocumentAuthor { Position = i, Name = draft.Authors[i] });
        }
        foreach (var extra in authors.Skip(draft.Authors.Count)) d.Authors.Remove(extra);

        var wanted = new List<Tag>();
        foreach (var name in draft.Tags.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var slug = Slugs.From(name);
            if (wanted.Any(t => t.Slug == slug)) continue;
            wanted.Add(db.Tags.Local.FirstOrDefault(t => t.Slug == slug)
                ?? await db.Tags.SingleOrDefaultAsync(t => t.Slug == slug, ct)
                ?? new Tag { Name = name.Trim(), Slug = slug });
        }
        d.Tags.RemoveAll(dt => !wanted.Any(t => t.Slug == dt.Tag.Slug));
        foreach (var tag in wanted.Where(t => !d.Tags.Any(dt => dt.Tag.Slug == t.Slug)))
            d.Tags.Add(new DocumentTag { Tag = tag, Document = d });

        var entered = EnteredValues(draft).ToList();
        d.Provenance.RemoveAll(p => p.Source == FieldSource.Entered && !entered.Any(e => e.Item1 == p.Field));
        foreach (var (field, value) in entered)
        {
            var existing = d.Provenance.FirstOrDefault(p => p.Source == FieldSource.Entered && p.Field == field);
            if (existing is null) d.Provenance.Add(new FieldProvenance { Field = field, Source = FieldSource.Entered, Value = value });
            else existing.Value = value;
        }
    }

    private static void RecordExtracted(Document d, UploadedSource uploaded)
    {
        var s = uploaded.Extracted;
        void Record(string field, string? value)
        {
            if (value is not null) d.Provenance.Add(new FieldProvenance { Field = field, Source = FieldSource.Extracted, Value = value });
        }
        Record(DocumentFields.Title, s.Title);
        Record(DocumentFields.Authors, s.Authors.Count == 0 ? null : string.Join("; ", s.Authors));
        Record(DocumentFields.Publication, s.Publication);
        Record(DocumentFields.PublishedDate, s.PublishedDate.ToIso());
        Record(DocumentFields.SourceUrl, s.SourceUrl);
        Record(DocumentFields.Language, s.Language);
        d.Removals.AddRange(s.Removals.Select((r, i) => new IngestionRemoval { Ordinal = i, Reason = r.Reason, Text = r.Text }));
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
