using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PolicyArchive.Core.Documents.Configurations;

internal sealed class CollectionConfiguration : IEntityTypeConfiguration<Collection>
{
    public void Configure(EntityTypeBuilder<Collection> b)
    {
        b.HasIndex(c => c.Slug).IsUnique();
        b.Property(c => c.Slug).HasMaxLength(120).IsRequired();
        b.Property(c => c.Title).HasMaxLength(FieldLengths.CollectionTitle).IsRequired();
        b.HasMany(c => c.Items).WithOne().HasForeignKey(i => i.CollectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CollectionItemConfiguration : IEntityTypeConfiguration<CollectionItem>
{
    public void Configure(EntityTypeBuilder<CollectionItem> b)
    {
        b.HasKey(i => new { i.CollectionId, i.DocumentId });
        b.HasOne(i => i.Document).WithMany().HasForeignKey(i => i.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
