using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SmartRegion.ChangeLab.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: true),
                    NeedsApproval = table.Column<bool>(type: "boolean", nullable: false),
                    MunicipalityAgs = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    plan_x = table.Column<int>(type: "integer", nullable: true),
                    plan_y = table.Column<int>(type: "integer", nullable: true),
                    plan_width = table.Column<int>(type: "integer", nullable: true),
                    plan_height = table.Column<int>(type: "integer", nullable: true),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_changelab_bookables", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "changelab_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    LockedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LockedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Position = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TransactionId = table.Column<long>(type: "bigint", nullable: false, defaultValueSql: "pg_current_xact_id()::text::bigint")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_changelab_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "changelab_outbox_nodes",
                columns: table => new
                {
                    Node = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Transaction = table.Column<long>(type: "bigint", nullable: false),
                    Position = table.Column<long>(type: "bigint", nullable: false),
                    SeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_changelab_outbox_nodes", x => x.Node);
                });

            migrationBuilder.CreateTable(
                name: "changelab_bookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BookableId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecisionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
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
                    BookableId = table.Column<Guid>(type: "uuid", nullable: false),
                    SlotStart = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    BookingId = table.Column<Guid>(type: "uuid", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_changelab_outbox_TransactionId_Position",
                table: "changelab_outbox",
                columns: new[] { "TransactionId", "Position" });
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
