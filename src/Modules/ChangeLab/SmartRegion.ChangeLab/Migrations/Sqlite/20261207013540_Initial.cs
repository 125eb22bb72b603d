using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRegion.ChangeLab.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "changelab_bookables",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: true),
                    NeedsApproval = table.Column<bool>(type: "INTEGER", nullable: false),
                    MunicipalityAgs = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    plan_x = table.Column<int>(type: "INTEGER", nullable: true),
                    plan_y = table.Column<int>(type: "INTEGER", nullable: true),
                    plan_width = table.Column<int>(type: "INTEGER", nullable: true),
                    plan_height = table.Column<int>(type: "INTEGER", nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_changelab_bookables", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "changelab_outbox",
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
                    table.PrimaryKey("PK_changelab_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "changelab_outbox_nodes",
                columns: table => new
                {
                    Node = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Transaction = table.Column<long>(type: "INTEGER", nullable: false),
                    Position = table.Column<long>(type: "INTEGER", nullable: false),
                    SeenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_changelab_outbox_nodes", x => x.Node);
                });

            migrationBuilder.CreateTable(
                name: "changelab_bookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BookableId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_changelab_bookings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_changelab_bookings_changelab_bookables_BookableId",
                        column: x => x.BookableId,
                        principalTable: "changelab_bookables",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "changelab_booking_units",
                columns: table => new
                {
                    BookableId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SlotStart = table.Column<long>(type: "INTEGER", nullable: false),
                    BookingId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_changelab_booking_units", x => new { x.BookableId, x.SlotStart });
                    table.ForeignKey(
                        name: "FK_changelab_booking_units_changelab_bookings_BookingId",
                        column: x => x.BookingId,
                        principalTable: "changelab_bookings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_changelab_bookables_Slug",
                table: "changelab_bookables",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_changelab_booking_units_BookingId",
                table: "changelab_booking_units",
                column: "BookingId");

            migrationBuilder.CreateIndex(
                name: "IX_changelab_bookings_BookableId_Day",
                table: "changelab_bookings",
                columns: new[] { "BookableId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_changelab_bookings_PersonId_EndsAt",
                table: "changelab_bookings",
                columns: new[] { "PersonId", "EndsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_changelab_bookings_Status_StartsAt",
                table: "changelab_bookings",
                columns: new[] { "Status", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_changelab_outbox_ProcessedAt_OccurredAt",
                table: "changelab_outbox",
                columns: new[] { "ProcessedAt", "OccurredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "changelab_booking_units");

            migrationBuilder.DropTable(
                name: "changelab_outbox");

            migrationBuilder.DropTable(
                name: "changelab_outbox_nodes");

            migrationBuilder.DropTable(
                name: "changelab_bookings");

            migrationBuilder.DropTable(
                name: "changelab_bookables");
        }
    }
}
