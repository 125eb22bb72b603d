using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRegion.Events.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Quotas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "events_quotas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Seats = table.Column<int>(type: "INTEGER", nullable: false),
                    Eligible = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events_quotas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_events_quotas_events_events_EventId",
                        column: x => x.EventId,
                        principalTable: "events_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // SQLite adds a nullable column with its reference in place; EF Core's AddColumn + AddForeignKey would rebuild the
            // registrations table outside a transaction (and warn about it at every first start).
            migrationBuilder.Sql(
                "ALTER TABLE \"events_registrations\" ADD COLUMN \"QuotaId\" TEXT NULL REFERENCES \"events_quotas\" (\"Id\") ON DELETE SET NULL;");

            migrationBuilder.CreateIndex(
                name: "IX_events_registrations_QuotaId",
                table: "events_registrations",
                column: "QuotaId");

            migrationBuilder.CreateIndex(
                name: "IX_events_quotas_EventId_Position",
                table: "events_quotas",
                columns: new[] { "EventId", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_events_registrations_events_quotas_QuotaId",
                table: "events_registrations");

            migrationBuilder.DropTable(
                name: "events_quotas");

            migrationBuilder.DropIndex(
                name: "IX_events_registrations_QuotaId",
                table: "events_registrations");

            migrationBuilder.DropColumn(
                name: "QuotaId",
                table: "events_registrations");
        }
    }
}
