using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PolicyArchive.Core.Documents.Configurations;

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> b)
    {
        b.HasIndex(t => t.Slug).IsUnique();
        b.Property(t => t.Name).HasMaxLength(FieldLengths.TagName).IsRequired();
        b.Property(t => t.Slug).HasMaxLength(100).IsRequired();
    }
}

internal sealed class DocumentTagConfiguration : IEntityTypeConfiguration<DocumentTag>
{
    public void Configure(EntityTypeBuilder<DocumentTag> b)
    {
        b.HasKey(t => new { t.DocumentId, t.TagId });
        b.HasOne(t => t.Tag).WithMany(t => t.Documents).HasForeignKey(t => t.TagId).OnDelete(DeleteBehavior.Cascade);
    }
}
