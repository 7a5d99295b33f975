using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PolicyArchive.Core.Documents.Configurations;

internal sealed class TagLabelConfiguration : IEntityTypeConfiguration<TagLabel>
{
    public void Configure(EntityTypeBuilder<TagLabel> b)
    {
        b.HasKey(l => new { l.TagId, l.Language });
        b.Property(l => l.Language).HasMaxLength(8);
        b.Property(l => l.Label).HasMaxLength(FieldLengths.TagName).IsRequired();
        b.HasOne<Tag>().WithMany(t => t.Labels).HasForeignKey(l => l.TagId).OnDelete(DeleteBehavior.Cascade);
    }
}
