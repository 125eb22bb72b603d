using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRegion.OpenData.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class CkanApiTokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "opendata_api_tokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityAgs = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SecretHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hint = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastUsedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opendata_api_tokens", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_opendata_datasets_Modified",
                table: "opendata_datasets",
                column: "Modified");

            migrationBuilder.CreateIndex(
                name: "IX_opendata_api_tokens_MunicipalityAgs",
                table: "opendata_api_tokens",
                column: "MunicipalityAgs");

            migrationBuilder.CreateIndex(
                name: "IX_opendata_api_tokens_SecretHash",
                table: "opendata_api_tokens",
                column: "SecretHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "opendata_api_tokens");

            migrationBuilder.DropIndex(
                name: "IX_opendata_datasets_Modified",
                table: "opendata_datasets");
        }
    }
}
