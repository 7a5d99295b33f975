using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PolicyArchive.Core.Documents.Configurations;

internal sealed class DocumentAuthorConfiguration : IEntityTypeConfiguration<DocumentAuthor>
{
    public void Configure(EntityTypeBuilder<DocumentAuthor> b)
    {
        b.HasKey(a => new { a.DocumentId, a.Position });
        b.Property(a => a.Name).HasMaxLength(FieldLengths.AuthorName).IsRequired();
        b.Property(a => a.Role).HasMaxLength(32).IsRequired();
        b.HasIndex(a => a.Name);
    }
}
