using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Store;
using PolicyArchive.Core.Thesaurus;

namespace PolicyArchive.Core.Documents;

public sealed class ArchiveDbContext(DbContextOptions<ArchiveDbContext> options) : IdentityDbContext<ArchiveUser>(options),
    IDataProtectionKeyContext
{
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<DocumentAuthor> DocumentAuthors => Set<DocumentAuthor>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<DocumentTag> DocumentTags => Set<DocumentTag>();
    public DbSet<TagAlias> TagAliases => Set<TagAlias>();
    public DbSet<TagLabel> TagLabels => Set<TagLabel>();
    public DbSet<SavedSearch> SavedSearches => Set<SavedSearch>();
    public DbSet<Passage> Passages => Set<Passage>();
    public DbSet<FieldProvenance> FieldProvenance => Set<FieldProvenance>();
    public DbSet<IngestionRemoval> IngestionRemovals => Set<IngestionRemoval>();
    public DbSet<Revision> Revisions => Set<Revision>();
    public DbSet<Relation> Relations => Set<Relation>();
    public DbSet<Collection> Collections => Set<Collection>();
    public DbSet<CollectionItem> CollectionItems => Set<CollectionItem>();
    public DbSet<Tombstone> Tombstones => Set<Tombstone>();
    public DbSet<DuplicateFlag> DuplicateFlags => Set<DuplicateFlag>();
    public DbSet<SourceChange> SourceChanges => Set<SourceChange>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ThesaurusConcept> ThesaurusConcepts => Set<ThesaurusConcept>();
    public DbSet<ThesaurusTerm> ThesaurusTerms => Set<ThesaurusTerm>();
    public DbSet<ChangeLogEntry> ChangeLog => Set<ChangeLogEntry>();

    /// <summary>The keys that protect login cookies and antiforgery tokens: in the store, so every node accepts the others'.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The sequence number of the last change this context saved and committed: what an editor's request waits
    /// to see indexed. A change saved inside a transaction counts only once that transaction commits
    /// (<see cref="CommittedChanges"/>): a request must not wait for an entry that was rolled back, and then say it was saved.</summary>
    public long? LastChangeSequence { get; private set; }

    /// <summary>The change-log entry of the transaction under way, which a second save in it extends.</summary>
    internal ChangeLogEntry? OpenEntry { get; private set; }
    internal Guid? OpenEntryTransaction { get; private set; }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.AddInterceptors(CommittedChanges.Instance);

    // The steps before a save each read the tracked entries (cleaning, revision bodies, the change-log stamp), and with
    // automatic detection every such read walked all of them again for changes: in a bulk import's batch of a thousand
    // documents (about 21,000 tracked rows) these walks were a fifth of the save, profiled. Changes are looked for once
    // before the steps and once after the one that may change tracked entities behind the tracker's back; the log entry
    // the stamp writes is checked alone. A caller that turned automatic detection off keeps it off.
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        try
        {
            DetectBeforeSteps(detect);
            ArchiveText.CleanPendingValues(this);
            RevisionBodies.WriteOut(this);
            Stamp(detect);
            var pending = PendingEntry();
            var saved = base.SaveChanges(acceptAllChangesOnSuccess);
            Remember(pending);
            return saved;
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        try
        {
            DetectBeforeSteps(detect);
            ArchiveText.CleanPendingValues(this);
            await RevisionBodies.WriteOutAsync(this, cancellationToken);
            Stamp(detect);
            var pending = PendingEntry();
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            Remember(pending);
            return saved;
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    private void DetectBeforeSteps(bool detect)
    {
        if (!detect) return;
        ChangeTracker.DetectChanges();
        ChangeTracker.AutoDetectChangesEnabled = false;
    }

    // Revision bodies may have set values on loaded revisions; the stamp may have extended an entry saved earlier in
    // this transaction.
    private void Stamp(bool detect)
    {
        if (detect) ChangeTracker.DetectChanges();
        Store.ChangeLog.Stamp(this);
        if (!detect) return;
        foreach (var entry in ChangeTracker.Entries<ChangeLogEntry>()) entry.DetectChanges();
    }

    private ChangeLogEntry? PendingEntry() =>
        ChangeLog.Local.FirstOrDefault(e => Entry(e).State is EntityState.Added or EntityState.Modified);

    // Without a transaction of the caller's, the save ran in its own and has committed by now.
    private void Remember(ChangeLogEntry? entry)
    {
        if (entry is null) return;
        OpenEntry = entry;
        OpenEntryTransaction = Database.CurrentTransaction?.TransactionId;
        if (OpenEntryTransaction is null) LastChangeSequence = entry.Sequence;
    }

    internal void Committed(Guid transaction)
    {
        if (OpenEntry is { } entry && OpenEntryTransaction == transaction) LastChangeSequence = entry.Sequence;
    }
    public DbSet<TranslationAlignment> TranslationAlignments => Set<TranslationAlignment>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ArchiveDbContext).Assembly);
    }
}
