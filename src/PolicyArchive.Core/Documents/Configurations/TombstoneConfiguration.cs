using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PolicyArchive.Core.Documents.Configurations;

internal sealed class TombstoneConfiguration : IEntityTypeConfiguration<Tombstone>
{
    public void Configure(EntityTypeBuilder<Tombstone> b)
    {
        b.HasKey(t => t.PublicId);
        b.Property(t => t.PublicId).HasMaxLength(16);
        b.Property(t => t.Title).HasMaxLength(FieldLengths.Title).IsRequired();
        b.Property(t => t.Reason).HasMaxLength(FieldLengths.Reason).IsRequired();
        b.Property(t => t.DeletedBy).HasMaxLength(256).IsRequired();
    }
}

internal sealed class DuplicateFlagConfiguration : IEntityTypeConfiguration<DuplicateFlag>
{
    public void Configure(EntityTypeBuilder<DuplicateFlag> b)
    {
        b.HasIndex(f => new { f.DocumentId, f.OtherDocumentId }).IsUnique();
        b.HasOne<Document>().WithMany().HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Document>().WithMany().HasForeignKey(f => f.OtherDocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.HasIndex(a => a.At);
        b.HasIndex(a => a.UserName);
        b.HasIndex(a => a.DocumentPublicId);
        b.Property(a => a.UserName).HasMaxLength(256).IsRequired();
        b.Property(a => a.Action).HasMaxLength(64).IsRequired();
        b.Property(a => a.DocumentPublicId).HasMaxLength(16);
    }
}
