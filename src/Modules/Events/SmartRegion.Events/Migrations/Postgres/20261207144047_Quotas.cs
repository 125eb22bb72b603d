using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRegion.Events.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class Quotas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "QuotaId",
                table: "events_registrations",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "events_quotas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Seats = table.Column<int>(type: "integer", nullable: false),
                    Eligible = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_events_registrations_QuotaId",
                table: "events_registrations",
                column: "QuotaId");

            migrationBuilder.CreateIndex(
                name: "IX_events_quotas_EventId_Position",
                table: "events_quotas",
                columns: new[] { "EventId", "Position" });

            migrationBuilder.AddForeignKey(
                name: "FK_events_registrations_events_quotas_QuotaId",
                table: "events_registrations",
                column: "QuotaId",
                principalTable: "events_quotas",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
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
