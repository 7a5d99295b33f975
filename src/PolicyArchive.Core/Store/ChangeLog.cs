using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using PolicyArchive.Core.Documents;

namespace PolicyArchive.Core.Store;

/// <summary>The one seam every write goes through: <see cref="Record"/> names the change, and the store's save hook
/// (<see cref="Stamp"/>, called by <see cref="ArchiveDbContext"/> before every save) adds the documents the change tracker
/// saw and writes an entry for any content change nobody named. One store transaction leaves one entry.</summary>
public static class ChangeLog
{
    /// <summary>Names the change the caller is about to save. <paramref name="documents"/> are the public ids whose indexed
    /// form may change (documents the tracker sees are added by the hook); <paramref name="created"/> those newly created.</summary>
    public static ChangeLogEntry Record(ArchiveDbContext db, string kind, IEnumerable<string>? documents = null, string? subject = null, IEnumerable<string>? created = null)
    {
        var entry = Pending(db) ?? db.ChangeLog.Add(new ChangeLogEntry { At = DateTime.UtcNow, Kind = kind }).Entity;
        if (entry.Kind == ChangeKinds.Unnamed) entry.Kind = kind;
        entry.Subject = Join(entry.Subject is null ? [] : [entry.Subject], subject is null ? [] : [subject], "; ");
        entry.Documents = Join(entry.DocumentIds, (documents ?? []).Concat(created ?? []), " ");
        entry.Created = Join(entry.CreatedIds, created ?? [], " ");
        return entry;
    }

    /// <summary>Called before every save: completes the pending entry from the change tracker, or writes one for an unnamed
    /// content change. Audit entries, near-duplicate flags and accounts are not archive content.</summary>
    internal static void Stamp(ArchiveDbContext db)
    {
        var touched = new List<string>();
        var created = new List<string>();
        var content = false;
        Dictionary<int, string>? byId = null;
        var unresolved = new HashSet<int>();
        foreach (var e in db.ChangeTracker.Entries())
        {
            if (e.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || !IsArchiveContent(e)) continue;
            content = true;
            if (e.Entity is Document d)
            {
                touched.Add(d.PublicId);
                if (e.State == EntityState.Added) created.Add(d.PublicId);
            }
            else if (e.Metadata.FindProperty("DocumentId") is { } fk && e.Property(fk.Name).CurrentValue is int documentId
                && documentId > 0)
            {
                byId ??= db.Documents.Local.Where(x => x.Id > 0).ToDictionary(x => x.Id, x => x.PublicId);
                if (byId.TryGetValue(documentId, out var publicId)) touched.Add(publicId);
                else unresolved.Add(documentId);
            }
        }
        if (unresolved.Count > 0)
        {
            // Children saved without their document loaded (a passage fixed by id): their document is re-indexed too.
            touched.AddRange(db.Documents.AsNoTracking().Where(d => unresolved.Contains(d.Id)).Select(d => d.PublicId).ToList());
        }
        var pending = Pending(db);
        if (pending is null && !content) return;
        // Children of a document are saved with it: a document both added and touched is only "created".
        Record(db, pending?.Kind ?? ChangeKinds.Unnamed, touched, null, created);
    }

    /// <summary>The entry this save or this transaction already holds: a transaction that saves twice still leaves one entry.</summary>
    private static ChangeLogEntry? Pending(ArchiveDbContext db)
    {
        var added = db.ChangeLog.Local.FirstOrDefault(e => db.Entry(e).State == EntityState.Added);
        if (added is not null) return added;
        if (db.Database.CurrentTransaction is { } tx && db.OpenEntry is { } open && db.OpenEntryTransaction == tx.TransactionId
            && db.Entry(open).State != EntityState.Detached)
            return open;
        return null;
    }

    private static bool IsArchiveContent(EntityEntry e) =>
        e.Entity is not (ChangeLogEntry or AuditEntry or DuplicateFlag or ArchiveUser)
        && e.Metadata.ClrType.Namespace?.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal) != true
        && e.Metadata.ClrType.Namespace?.StartsWith("Microsoft.AspNetCore.DataProtection", StringComparison.Ordinal) != true
        && !e.Metadata.IsPropertyBag;

    private static string? Join(IEnumerable<string> first, IEnumerable<string> second, string separator)
    {
        var all = first.Concat(second).Where(s => !string.IsNullOrEmpty(s)).Distinct(StringComparer.Ordinal).ToList();
        return all.Count == 0 ? null : string.Join(separator, all);
    }
}
