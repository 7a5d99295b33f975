using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PolicyArchive.Migrations.PostgreSQL.Migrations
{
    /// <inheritdoc />
    public partial class ImportdiskCompressedBodies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // PostgreSQL does not cast text to bytea by itself: the bodies already stored become their UTF-8 bytes, which the
            // store reads as plain text (CompressedText); bodies written from now on are compressed.
            migrationBuilder.Sql("""ALTER TABLE "Revisions" ALTER COLUMN "Body" TYPE bytea USING convert_to("Body", 'UTF8');""");
            migrationBuilder.Sql("""ALTER TABLE "Documents" ALTER COLUMN "Body" TYPE bytea USING convert_to("Body", 'UTF8');""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Only bodies still stored plain convert back: a compressed body fails the conversion, and the downgrade with it.
            migrationBuilder.Sql("""ALTER TABLE "Revisions" ALTER COLUMN "Body" TYPE text USING convert_from("Body", 'UTF8');""");
            migrationBuilder.Sql("""ALTER TABLE "Documents" ALTER COLUMN "Body" TYPE text USING convert_from("Body", 'UTF8');""");
        }
    }
}
