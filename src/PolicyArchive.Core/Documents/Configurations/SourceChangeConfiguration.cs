using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PolicyArchive.Core.Documents.Configurations;

internal sealed class SourceChangeConfiguration : IEntityTypeConfiguration<SourceChange>
{
    public void Configure(EntityTypeBuilder<SourceChange> b)
    {
        b.HasOne<Document>().WithMany().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.DocumentId, c.ResolvedAt });
        b.Property(c => c.DetectedBy).HasMaxLength(256).IsRequired();
        b.Property(c => c.SourceKey).HasMaxLength(64).IsRequired();
        b.Property(c => c.ContentSha256).HasMaxLength(64).IsRequired();
        b.Property(c => c.Title).HasMaxLength(FieldLengths.Title).IsRequired();
        b.Property(c => c.ResolvedBy).HasMaxLength(256);
    }
}
