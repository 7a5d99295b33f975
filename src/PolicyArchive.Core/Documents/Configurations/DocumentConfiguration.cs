using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PolicyArchive.Core.Documents.Configurations;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> b)
    {
        b.HasIndex(d => d.PublicId).IsUnique();
        b.HasIndex(d => d.Origin).IsUnique();
        b.HasIndex(d => d.ContentSha256);
        b.HasIndex(d => d.UpdatedAt);
        b.HasIndex(d => d.IngestedAt);
        // Start-up counts published documents to check the index; without this it reads every row, bodies included.
        b.HasIndex(d => d.Status);
        b.Property(d => d.PublicId).HasMaxLength(16).IsRequired();
        b.Property(d => d.Slug).HasMaxLength(120).IsRequired();
        b.Property(d => d.Title).HasMaxLength(FieldLengths.Title).IsRequired();
        b.Property(d => d.OriginalTitle).HasMaxLength(FieldLengths.Title);
        b.Property(d => d.Language).HasMaxLength(FieldLengths.Language).IsRequired();
        b.Property(d => d.Publication).HasMaxLength(FieldLengths.Publication);
        b.Property(d => d.SourceUrl).HasMaxLength(FieldLengths.SourceUrl);
        b.Property(d => d.Origin).HasMaxLength(500);
        b.Property(d => d.ContentSha256).HasMaxLength(64).IsRequired();
        b.Property(d => d.WithdrawalReason).HasMaxLength(FieldLengths.Reason);
        b.Property(d => d.ConcurrencyVersion).IsConcurrencyToken();
        b.Ignore(d => d.PublishedDate);
        b.Property(d => d.Body).HasConversion(CompressedText.Converter);

        b.HasMany(d => d.Authors).WithOne().HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(d => d.Tags).WithOne(t => t.Document).HasForeignKey(t => t.DocumentId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(d => d.Passages).WithOne().HasForeignKey(p => p.DocumentId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(d => d.Provenance).WithOne().HasForeignKey(p => p.DocumentId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(d => d.Removals).WithOne().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(d => d.Revisions).WithOne().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
