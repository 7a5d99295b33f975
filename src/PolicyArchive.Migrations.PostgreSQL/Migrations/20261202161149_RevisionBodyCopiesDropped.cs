using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PolicyArchive.Migrations.PostgreSQL.Migrations
{
    /// <inheritdoc />
    public partial class RevisionBodyCopiesDropped : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A revision whose body is its document's current one keeps none: the document's row holds it (RevisionBodies).
            // Its own migration: SQLite rebuilds the table that made the column nullable at the end of a migration.
            migrationBuilder.Sql("""UPDATE "Revisions" SET "Body" = NULL WHERE "Body" = (SELECT d."Body" FROM "Documents" AS d WHERE d."Id" = "Revisions"."DocumentId");""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""UPDATE "Revisions" SET "Body" = (SELECT d."Body" FROM "Documents" AS d WHERE d."Id" = "Revisions"."DocumentId") WHERE "Body" IS NULL;""");
        }
    }
}
