using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRegion.OpenData.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "opendata_datasets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    MunicipalityAgs = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Keywords = table.Column<string>(type: "TEXT", nullable: false),
                    Themes = table.Column<string>(type: "TEXT", nullable: false),
                    PublisherName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    LicenceCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AttributionText = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    TemporalStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TemporalEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SpatialKeys = table.Column<string>(type: "TEXT", nullable: false),
                    FrequencyCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Issued = table.Column<long>(type: "INTEGER", nullable: true),
                    Modified = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opendata_datasets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "opendata_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LockedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LockedUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opendata_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "opendata_distributions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DatasetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FormatCode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    MediaType = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    StoragePath = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ByteSize = table.Column<long>(type: "INTEGER", nullable: true),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    LinkUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Modified = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opendata_distributions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_opendata_distributions_opendata_datasets_DatasetId",
                        column: x => x.DatasetId,
                        principalTable: "opendata_datasets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_opendata_datasets_MunicipalityAgs_Status",
                table: "opendata_datasets",
                columns: new[] { "MunicipalityAgs", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_opendata_datasets_Name",
                table: "opendata_datasets",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_opendata_datasets_Status_Modified",
                table: "opendata_datasets",
                columns: new[] { "Status", "Modified" });

            migrationBuilder.CreateIndex(
                name: "IX_opendata_distributions_DatasetId",
                table: "opendata_distributions",
                column: "DatasetId");

            migrationBuilder.CreateIndex(
                name: "IX_opendata_outbox_ProcessedAt_OccurredAt",
                table: "opendata_outbox",
                columns: new[] { "ProcessedAt", "OccurredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "opendata_distributions");

            migrationBuilder.DropTable(
                name: "opendata_outbox");

            migrationBuilder.DropTable(
                name: "opendata_datasets");
        }
    }
}
