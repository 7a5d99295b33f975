using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PolicyArchive.Core.Thesaurus;

namespace PolicyArchive.Core.Documents;

public sealed class ArchiveDbContext(DbContextOptions<ArchiveDbContext> options) : IdentityDbContext<ArchiveUser>(options)
{
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<DocumentAuthor> DocumentAuthors => Set<DocumentAuthor>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<DocumentTag> DocumentTags => Set<DocumentTag>();
    public DbSet<TagAlias> TagAliases => Set<TagAlias>();
    public DbSet<Passage> Passages => Set<Passage>();
    public DbSet<FieldProvenance> FieldProvenance => Set<FieldProvenance>();
    public DbSet<IngestionRemoval> IngestionRemovals => Set<IngestionRemoval>();
    public DbSet<Revision> Revisions => Set<Revision>();
    public DbSet<Relation> Relations => Set<Relation>();
    public DbSet<Collection> Collections => Set<Collection>();
    public DbSet<CollectionItem> CollectionItems => Set<CollectionItem>();
    public DbSet<Tombstone> Tombstones => Set<Tombstone>();
    public DbSet<DuplicateFlag> DuplicateFlags => Set<DuplicateFlag>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ThesaurusConcept> ThesaurusConcepts => Set<ThesaurusConcept>();
    public DbSet<ThesaurusTerm> ThesaurusTerms => Set<ThesaurusTerm>();
    public DbSet<TranslationAlignment> TranslationAlignments => Set<TranslationAlignment>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ArchiveDbContext).Assembly);
    }
}
