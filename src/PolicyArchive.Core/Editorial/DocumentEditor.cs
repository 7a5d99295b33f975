using System.Data;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Duplicates;
using PolicyArchive.Core.Ingestion;
using PolicyArchive.Core.Store;

namespace PolicyArchive.Core.Editorial;

/// <summary>Editors' writes: each save is one transaction with its revision, audit entry and change-log entry; the indexer
/// follows the change log.</summary>
public sealed class DocumentEditor(ArchiveDbContext db, TimeProvider clock)
{
    /// <summary>Adds a document whose every value is given (no file or paste to extract from): its body is segmented by
    /// language as ingestion does, and the given values are recorded as entered.</summary>
    public Task<Document> CreateAsync(DocumentDraft draft, string editor, string? note, CancellationToken ct = default) =>
        CreateAsync(new NewSource(EditorIntake.Given(draft), RevisionFactory.Sha256Hex(draft.Body)), editor, note, null, false, null, ct);

    /// <summary>Adds a source an editor submitted through the form: what the ingestion pipeline made of the pasted text or
    /// uploaded file, with the editor's values as curation over it (see <see cref="EditorIntake"/>). The document, its
    /// first revision, the audit entry and the near-duplicate flags are one transaction.</summary>
    /// <param name="nearDuplicates">Documents the text resembles, which the editor chose to save beside: flagged to editors as ingestion flags them.</param>
    /// <param name="refuseExactCopy">When the store already holds this very text (<see cref="FindExactCopyAsync"/>), checked
    /// inside the saving transaction, nothing is created and that document is returned: the same form posted twice at
    /// once (a double click) gives one document.</param>
    /// <param name="savedBeside">Exact copies the editor was shown and chose to save beside ("save anyway"): not refused.
    /// Any other exact copy was stored after the warning (by this same form posted a moment earlier) and is returned.</param>
    public Task<Document> CreateAsync(NewSource source, string editor, string? note, IReadOnlyList<PossibleDuplicate>? nearDuplicates = null,
        bool refuseExactCopy = false, IReadOnlyCollection<string>? savedBeside = null, CancellationToken ct = default) =>
        // Two editors adding sources on two nodes at once, not only the same text twice, can have PostgreSQL refuse one.
        SerializableRetry.RunAsync(db, () => CreateOnceAsync(source, editor, note, nearDuplicates, refuseExactCopy, savedBeside ?? [], ct), ct);

    private async Task<Document> CreateOnceAsync(NewSource source, string editor, string? note, IReadOnlyList<PossibleDuplicate>? nearDuplicates,
        bool refuseExactCopy, IReadOnlyCollection<string> savedBeside, CancellationToken ct)
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
        };
        DocumentFactory.Apply(d, source.Curated, await TagsAsync(source.Curated.Tags, ct));
        d.RetrievedAt = d.SourceUrl is null ? null : now;
        d.ContentSha256 = source.ContentSha256;
        // The uploaded file's name, kept under the document's own id so two uploads of one file name never clash.
        if (source.FileName is not null) d.Origin = $"upload/{d.PublicId}/{Path.GetFileName(source.FileName)}";
        d.Revisions.Add(RevisionFactory.Snapshot(d, editor, note, "created", now));
        db.Documents.Add(d);
        var details = source.FileName is null ? d.Title : $"{d.Title} (from {source.FileName})";
        db.AuditEntries.Add(AuditActions.Entry(now, editor, AuditActions.Create, d.PublicId, details));
        ChangeLog.Record(db, ChangeKinds.DocumentCreate, created: [d.PublicId]);
        // Serializable: SQLite's transaction takes the write lock at its start, so a second identical post waits and then
        // sees the first one's document; PostgreSQL fails one of two transactions that ran beside each other (40001), and
        // CreateAsync makes it again, when it sees the first one's document.
        await using (var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct))
        {
            if (refuseExactCopy && await FindExactCopyAsync(source, savedBeside, ct) is { } existing)
            {
                db.ChangeTracker.Clear();
                return existing;
            }
            await db.SaveChangesAsync(ct);
            if (nearDuplicates is { Count: > 0 })
            {
                await NearDuplicateFinder.FlagAsync(db, d, nearDuplicates.Where(p => p.PublicId != d.PublicId), now, ct);
                await db.SaveChangesAsync(ct);
            }
            await transaction.CommitAsync(ct);
        }
        return d;
    }

    /// <summary>A stored document with this very text: the source's hash or its body's, as the duplicate warning compares them;
    /// <paramref name="except"/>: public ids not counted (those the editor chose to save beside).</summary>
    public Task<Document?> FindExactCopyAsync(NewSource source, IReadOnlyCollection<string>? except = null, CancellationToken ct = default)
    {
        var hashes = new[] { source.ContentSha256, RevisionFactory.Sha256Hex(source.Body) };
        var skipped = except?.ToList() ?? [];
        return db.Documents.AsNoTracking().Where(d => hashes.Contains(d.ContentSha256) && !skipped.Contains(d.PublicId))
            .OrderBy(d => d.Id).FirstOrDefaultAsync(ct);
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
            // The language runs found on ingestion no longer fit an edited body: it is segmented again, as ingestion does.
            // The content hash stays the source's: it identifies what was ingested, so a re-ingestion still recognises it.
            d.Passages.Clear();
            d.Passages.AddRange(EditorIntake.Passages(d.Body).Select((p, i) => new Passage { Ordinal = i, Start = p.Start, Length = p.Length, Language = p.Language }));
            // ContentSha256 stays the hash of the source as received: each revision carries the hash of its own text.
        }

        var now = clock.GetUtcNow().UtcDateTime;
        d.UpdatedAt = now;
        d.RevisionNumber++;
        BumpVersion(d, expectedVersion);
        d.Revisions.Add(RevisionFactory.Snapshot(d, editor, note, summary, now));
        db.AuditEntries.Add(AuditActions.Entry(now, editor, AuditActions.Update, d.PublicId, $"revision {d.RevisionNumber}: {summary}"));
        ChangeLog.Record(db, ChangeKinds.DocumentUpdate, [d.PublicId]);
        await SaveAsync(d, ct);
        return d;
    }

    internal async Task<Document> LoadForEditAsync(string publicId, CancellationToken ct) =>
        await db.Documents.WithAuthorsAndTags()
            .Include(x => x.Passages).Include(x => x.Provenance).AsSplitQuery()
            .SingleOrDefaultAsync(x => x.PublicId == publicId, ct)
        ?? throw await MissingAsync(publicId, ct);

    /// <summary>Why a document an editor had open is not there: deleted meanwhile (its tombstone says by whom, when and why), or never was.</summary>
    public async Task<Exception> MissingAsync(string publicId, CancellationToken ct)
    {
        var tombstone = await db.Tombstones.AsNoTracking().SingleOrDefaultAsync(t => t.PublicId == publicId, ct);
        return tombstone is null ? new EditorialException("There is no document with this id.") : new DocumentDeletedException(tombstone);
    }

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

    // The audit actions that move a document's concurrency version on: the last of them is the change that made the conflict.
    private static readonly string[] VersionChanges = [AuditActions.Update, AuditActions.Withdraw, AuditActions.Reinstate, AuditActions.IngestUpdate];

    internal async Task<EditConflictException> ConflictAsync(Document current, CancellationToken ct)
    {
        var change = await db.AuditEntries.AsNoTracking()
            .Where(a => a.DocumentPublicId == current.PublicId && VersionChanges.Contains(a.Action))
            .OrderByDescending(a => a.Id).FirstOrDefaultAsync(ct);
        if (change is null)
        {
            // An archive restored from an export has revisions but not the audit log of other nodes.
            var last = await db.Revisions.AsNoTracking().Where(r => r.DocumentId == current.Id)
                .OrderByDescending(r => r.Number).FirstOrDefaultAsync(ct);
            db.ChangeTracker.Clear();
            return EditConflictException.For(current.RevisionNumber, null, last?.CreatedBy, last?.CreatedAt, null);
        }
        db.ChangeTracker.Clear();
        return EditConflictException.For(current.RevisionNumber, change.Action, change.UserName, change.At, change.Details);
    }

    // Children are reconciled in place rather than cleared and re-added: their keys are (document, position) and (document, tag).
    private async Task ApplyAsync(Document d, DocumentDraft draft, CancellationToken ct)
    {
        var before = FieldValues(d.Title, d.Language, d.Authors.OrderBy(a => a.Position).Select(a => a.Name), d.Publication, d.PublishedDate, d.SourceUrl, d.Tags.Select(t => t.Tag.Name));
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

        var wanted = await TagsAsync(draft.Tags, ct);
        d.Tags.RemoveAll(dt => !wanted.Any(t => t.Slug == dt.Tag.Slug));
        foreach (var tag in wanted.Where(t => !d.Tags.Any(dt => dt.Tag.Slug == t.Slug)))
            d.Tags.Add(new DocumentTag { Tag = tag, Document = d });

        // Only what this edit changed is recorded as entered: a value the editor left as it was keeps its provenance.
        var after = FieldValues(draft.Title.Trim(), draft.Language, draft.Authors, draft.Publication, draft.PublishedDate, draft.SourceUrl, TagSet.Names(draft.Tags));
        foreach (var (field, value) in after)
        {
            if (before[field] == value) continue;
            var existing = d.Provenance.FirstOrDefault(p => p.Source == FieldSource.Entered && p.Field == field);
            if (existing is null) d.Provenance.Add(new FieldProvenance { Field = field, Source = FieldSource.Entered, Value = value });
            else existing.Value = value;
        }
    }

    private async Task<List<Tag>> TagsAsync(IEnumerable<string> names, CancellationToken ct)
    {
        var tags = await TagSet.LoadAsync(db, ct);
        return TagSet.Names(names).Select(tags.For).Distinct().ToList();
    }

    private static Dictionary<string, string?> FieldValues(string title, string language, IEnumerable<string> authors, string? publication, PartialDate date, string? url, IEnumerable<string> tags) => new()
    {
        [DocumentFields.Title] = title,
        [DocumentFields.Language] = language,
        [DocumentFields.Authors] = Joined(authors, "; "),
        [DocumentFields.Publication] = publication,
        [DocumentFields.PublishedDate] = date.ToIso(),
        [DocumentFields.SourceUrl] = url,
        [DocumentFields.Tags] = Joined(tags.Order(StringComparer.Ordinal), "; "),
    };

    private static string? Joined(IEnumerable<string> values, string separator) =>
        values.Any() ? string.Join(separator, values) : null;
}
