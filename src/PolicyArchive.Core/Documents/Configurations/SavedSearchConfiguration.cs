using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PolicyArchive.Core.Documents.Configurations;

internal sealed class SavedSearchConfiguration : IEntityTypeConfiguration<SavedSearch>
{
    public void Configure(EntityTypeBuilder<SavedSearch> b)
    {
        b.HasIndex(s => s.Name).IsUnique();
        b.Property(s => s.Name).HasMaxLength(200).IsRequired();
        b.Property(s => s.Query).HasMaxLength(2000).IsRequired();
        b.Property(s => s.CreatedBy).HasMaxLength(256).IsRequired();
    }
}
