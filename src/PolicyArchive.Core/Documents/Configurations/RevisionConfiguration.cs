using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PolicyArchive.Core.Documents.Configurations;

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> b)
    {
        b.HasIndex(r => new { r.DocumentId, r.Number }).IsUnique();
        b.HasIndex(r => r.CreatedAt);
        b.Property(r => r.CreatedBy).HasMaxLength(256).IsRequired();
        b.Property(r => r.Title).HasMaxLength(FieldLengths.Title).IsRequired();
        b.Property(r => r.ContentSha256).HasMaxLength(64).IsRequired();
        b.Property(r => r.Note).HasMaxLength(FieldLengths.Note);
        b.Property(r => r.ChangeSummary).HasMaxLength(500);
        // Null while the revision's body is the document's current one (RevisionBodies).
        b.Property(r => r.Body).HasConversion((ValueConverter)CompressedText.Converter);
    }
}
