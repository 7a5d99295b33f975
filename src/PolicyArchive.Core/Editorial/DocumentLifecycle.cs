using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Documents;
using PolicyArchive.Core.Store;

namespace PolicyArchive.Core.Editorial;

/// <summary>Withdrawing (public reason, permalink answers 410, leaves search), reinstating, and deleting for real
/// (administrators only: the document and its revisions go, a tombstone keeps the permalink answering 410).</summary>
public sealed class DocumentLifecycle(ArchiveDbContext db, DocumentEditor editor, TimeProvider clock)
{
    public async Task WithdrawAsync(string publicId, int expectedVersion, string reason, string user, CancellationToken ct = default)
    {
        reason = Required(reason, "Give the public reason for withdrawing the document.");
        var d = await editor.LoadForEditAsync(publicId, ct);
        // Withdrawing again would overwrite the public reason and date the permalink shows: refused, whatever the form's version.
        if (d.Status == DocumentStatus.Withdrawn) throw await AlreadyWithdrawnAsync(d, ct);
        if (d.ConcurrencyVersion != expectedVersion) throw await editor.ConflictAsync(d, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        d.Status = DocumentStatus.Withdrawn;
        d.WithdrawalReason = reason;
        d.WithdrawnAt = now;
        d.UpdatedAt = now;
        editor.BumpVersion(d, expectedVersion);
        db.AuditEntries.Add(AuditActions.Entry(now, user, AuditActions.Withdraw, d.PublicId, reason));
        ChangeLog.Record(db, ChangeKinds.DocumentWithdraw, [d.PublicId]);
        await editor.SaveAsync(d, ct);
    }

    public async Task ReinstateAsync(string publicId, int expectedVersion, string user, CancellationToken ct = default)
    {
        var d = await editor.LoadForEditAsync(publicId, ct);
        if (d.Status == DocumentStatus.Published) throw new EditorialException("This document is already published.");
        if (d.ConcurrencyVersion != expectedVersion) throw await editor.ConflictAsync(d, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        d.Status = DocumentStatus.Published;
        d.WithdrawalReason = null;
        d.WithdrawnAt = null;
        d.UpdatedAt = now;
        editor.BumpVersion(d, expectedVersion);
        db.AuditEntries.Add(AuditActions.Entry(now, user, AuditActions.Reinstate, d.PublicId, null));
        ChangeLog.Record(db, ChangeKinds.DocumentReinstate, [d.PublicId]);
        await editor.SaveAsync(d, ct);
    }

    /// <summary>Removes the document, its revisions, relations and collection places. Callers check the administrator role.</summary>
    public async Task DeleteAsync(string publicId, string reason, string administrator, CancellationToken ct = default)
    {
        reason = Required(reason, "Give the reason for deleting the document (it is shown at the permalink).");
        var d = await db.Documents.SingleOrDefaultAsync(x => x.PublicId == publicId, ct)
            ?? throw new EditorialException("There is no document with this id.");
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Relations point both ways; the cascade covers them, but SQLite and PostgreSQL only do so when told, so say it here.
        db.Relations.RemoveRange(await db.Relations.Where(r => r.FromDocumentId == d.Id || r.ToDocumentId == d.Id).ToListAsync(ct));
        db.DuplicateFlags.RemoveRange(await db.DuplicateFlags.Where(f => f.DocumentId == d.Id || f.OtherDocumentId == d.Id).ToListAsync(ct));
        db.Documents.Remove(d);
        db.Tombstones.Add(new Tombstone { PublicId = d.PublicId, Title = d.Title, Reason = reason, DeletedAt = now, DeletedBy = administrator });
        db.AuditEntries.Add(AuditActions.Entry(now, administrator, AuditActions.Delete, d.PublicId, $"{d.Title}: {reason}"));
        ChangeLog.Record(db, ChangeKinds.DocumentDelete, [d.PublicId]);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    private async Task<EditorialException> AlreadyWithdrawnAsync(Document d, CancellationToken ct)
    {
        var by = await db.AuditEntries.AsNoTracking()
            .Where(a => a.DocumentPublicId == d.PublicId && a.Action == AuditActions.Withdraw)
            .OrderByDescending(a => a.Id).Select(a => a.UserName).FirstOrDefaultAsync(ct);
        db.ChangeTracker.Clear();
        var on = EditorialMessages.Day(d.WithdrawnAt ?? d.UpdatedAt);
        return new EditorialException(by is null
            ? EditorialMessages.Format(EditorialMessages.AlreadyWithdrawn, on, d.WithdrawalReason ?? "")
            : EditorialMessages.Format(EditorialMessages.AlreadyWithdrawnBy, by, on, d.WithdrawalReason ?? ""));
    }

    private static string Required(string? text, string message)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new EditorialException(message, "reason");
        text = text.Trim();
        // The reason is shown at the permalink and kept in the document's row or its tombstone, both of this length.
        return text.Length > FieldLengths.Reason ? throw new EditorialException($"A reason has at most {FieldLengths.Reason} characters.", "reason") : text;
    }
}
