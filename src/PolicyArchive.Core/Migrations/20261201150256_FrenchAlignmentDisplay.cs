using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PolicyArchive.Core.Migrations
{
    /// <inheritdoc />
    public partial class FrenchAlignmentDisplay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TranslationAlignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TranslationDocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    OriginalDocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Rows = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TranslationAlignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TranslationAlignments_Documents_OriginalDocumentId",
                        column: x => x.OriginalDocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TranslationAlignments_Documents_TranslationDocumentId",
                        column: x => x.TranslationDocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TranslationAlignments_OriginalDocumentId",
                table: "TranslationAlignments",
                column: "OriginalDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_TranslationAlignments_TranslationDocumentId_OriginalDocumentId",
                table: "TranslationAlignments",
                columns: new[] { "TranslationDocumentId", "OriginalDocumentId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TranslationAlignments");
        }
    }
}
