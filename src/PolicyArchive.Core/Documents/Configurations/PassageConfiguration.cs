using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PolicyArchive.Core.Documents.Configurations;

internal sealed class PassageConfiguration : IEntityTypeConfiguration<Passage>
{
    public void Configure(EntityTypeBuilder<Passage> b)
    {
        b.HasIndex(p => new { p.DocumentId, p.Ordinal }).IsUnique();
        b.Property(p => p.Language).HasMaxLength(FieldLengths.Language).IsRequired();
    }
}

internal sealed class FieldProvenanceConfiguration : IEntityTypeConfiguration<FieldProvenance>
{
    public void Configure(EntityTypeBuilder<FieldProvenance> b)
    {
        b.HasIndex(p => new { p.DocumentId, p.Field, p.Source }).IsUnique();
        b.Property(p => p.Field).HasMaxLength(32).IsRequired();
    }
}

internal sealed class IngestionRemovalConfiguration : IEntityTypeConfiguration<IngestionRemoval>
{
    public void Configure(EntityTypeBuilder<IngestionRemoval> b)
    {
        b.HasIndex(r => new { r.DocumentId, r.Ordinal }).IsUnique();
        b.Property(r => r.Reason).HasMaxLength(200).IsRequired();
    }
}
