using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRegion.OpenData.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityAgs = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SecretHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hint = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    LastUsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
