using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PolicyArchive.Migrations.PostgreSQL.Migrations
{
    /// <inheritdoc />
    public partial class RevisionBodyStoredOnce : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<byte[]>(
                name: "Body",
                table: "Revisions",
                type: "bytea",
                nullable: true,
                oldClrType: typeof(byte[]),
                oldType: "bytea");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Every revision gets its body back before the column requires one: going back loses no text.
            migrationBuilder.Sql("""UPDATE "Revisions" SET "Body" = (SELECT d."Body" FROM "Documents" AS d WHERE d."Id" = "Revisions"."DocumentId") WHERE "Body" IS NULL;""");
            migrationBuilder.AlterColumn<byte[]>(
                name: "Body",
                table: "Revisions",
                type: "bytea",
                nullable: false,
                defaultValue: new byte[0],
                oldClrType: typeof(byte[]),
                oldType: "bytea",
                oldNullable: true);
        }
    }
}
