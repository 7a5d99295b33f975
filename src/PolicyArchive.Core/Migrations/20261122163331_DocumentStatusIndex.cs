using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PolicyArchive.Core.Migrations
{
    /// <inheritdoc />
    public partial class DocumentStatusIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Documents_Status",
                table: "Documents",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Documents_Status",
                table: "Documents");
        }
    }
}
