using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PolicyArchive.Core.Store;

internal sealed class ChangeLogConfiguration : IEntityTypeConfiguration<ChangeLogEntry>
{
    public void Configure(EntityTypeBuilder<ChangeLogEntry> b)
    {
        b.ToTable("ChangeLog");
        b.HasKey(e => e.Sequence);
        // SQLite's AUTOINCREMENT never reuses a number, even after the newest entry is gone; PostgreSQL's identity likewise.
        b.Property(e => e.Sequence).ValueGeneratedOnAdd().HasAnnotation("Sqlite:Autoincrement", true);
        b.Property(e => e.Kind).HasMaxLength(64).IsRequired();
        b.Property(e => e.Subject).HasMaxLength(500);
        b.Ignore(e => e.DocumentIds);
        b.Ignore(e => e.CreatedIds);
    }
}
