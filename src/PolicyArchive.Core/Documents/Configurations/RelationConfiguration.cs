using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PolicyArchive.Core.Documents.Configurations;

internal sealed class RelationConfiguration : IEntityTypeConfiguration<Relation>
{
    public void Configure(EntityTypeBuilder<Relation> b)
    {
        b.HasIndex(r => new { r.FromDocumentId, r.ToDocumentId, r.Type }).IsUnique();
        b.HasIndex(r => r.ToDocumentId);
        b.HasOne(r => r.From).WithMany().HasForeignKey(r => r.FromDocumentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(r => r.To).WithMany().HasForeignKey(r => r.ToDocumentId).OnDelete(DeleteBehavior.Cascade);
        b.Property(r => r.Note).HasMaxLength(FieldLengths.Note);
    }
}
