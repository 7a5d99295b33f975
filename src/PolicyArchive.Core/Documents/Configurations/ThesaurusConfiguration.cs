using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PolicyArchive.Core.Thesaurus;

namespace PolicyArchive.Core.Documents.Configurations;

internal sealed class ThesaurusConceptConfiguration : IEntityTypeConfiguration<ThesaurusConcept>
{
    public void Configure(EntityTypeBuilder<ThesaurusConcept> b)
    {
        b.HasIndex(c => c.Key).IsUnique();
        b.Property(c => c.Key).HasMaxLength(100).IsRequired();
        b.Property(c => c.Label).HasMaxLength(200).IsRequired();
        b.HasMany(c => c.Terms).WithOne().HasForeignKey(t => t.ConceptId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ThesaurusTermConfiguration : IEntityTypeConfiguration<ThesaurusTerm>
{
    public void Configure(EntityTypeBuilder<ThesaurusTerm> b)
    {
        b.HasIndex(t => new { t.ConceptId, t.Text }).IsUnique();
        b.Property(t => t.Text).HasMaxLength(200).IsRequired();
        b.Property(t => t.Language).HasMaxLength(16).IsRequired();
    }
}
