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

    /// <summary>The sequence number of the last change this context saved: what an editor's request waits to see indexed.</summary>
    public long? LastChangeSequence { get; private set; }

    internal ChangeLogEntry? OpenEntry { get; private set; }
    internal Guid? OpenEntryTransaction { get; private set; }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ArchiveText.CleanPendingValues(this);
        RevisionBodies.WriteOut(this);
        Store.ChangeLog.Stamp(this);
        var pending = PendingEntry();
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        Remember(pending);
        return saved;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ArchiveText.CleanPendingValues(this);
        await RevisionBodies.WriteOutAsync(this, cancellationToken);
        Store.ChangeLog.Stamp(this);
        var pending = PendingEntry();
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        Remember(pending);
        return saved;
    }

    private ChangeLogEntry? PendingEntry() =>
        ChangeLog.Local.FirstOrDefault(e => Entry(e).State is EntityState.Added or EntityState.Modified);

    private void Remember(ChangeLogEntry? entry)
    {
        if (entry is null) return;
        LastChangeSequence = entry.Sequence;
        OpenEntry = entry;
        OpenEntryTransaction = Database.CurrentTransaction?.TransactionId;
    }
    public DbSet<TranslationAlignment> TranslationAlignments => Set<TranslationAlignment>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ArchiveDbContext).Assembly);
    }
}
