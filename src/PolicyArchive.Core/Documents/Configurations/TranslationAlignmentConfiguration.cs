using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PolicyArchive.Core.Documents.Configurations;

internal sealed class TranslationAlignmentConfiguration : IEntityTypeConfiguration<TranslationAlignment>
{
    public void Configure(EntityTypeBuilder<TranslationAlignment> b)
    {
        b.HasIndex(a => new { a.TranslationDocumentId, a.OriginalDocumentId }).IsUnique();
        b.HasOne<Document>().WithMany().HasForeignKey(a => a.TranslationDocumentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Document>().WithMany().HasForeignKey(a => a.OriginalDocumentId).OnDelete(DeleteBehavior.Cascade);
        b.Property(a => a.Rows).IsRequired();
        b.Property(a => a.UpdatedBy).HasMaxLength(256).IsRequired();
    }
}
