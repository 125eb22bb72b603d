using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRegion.Events.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "events_outbox",
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
                    table.PrimaryKey("PK_events_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "events_outbox_nodes",
                columns: table => new
                {
                    Node = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Transaction = table.Column<long>(type: "INTEGER", nullable: false),
                    Position = table.Column<long>(type: "INTEGER", nullable: false),
                    SeenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events_outbox_nodes", x => x.Node);
                });

            migrationBuilder.CreateTable(
                name: "events_places",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityAgs = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    StepFree = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessibleToilet = table.Column<bool>(type: "INTEGER", nullable: false),
                    HearingLoop = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessibilityNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events_places", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "events_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 90, nullable: false),
                    MunicipalityAgs = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Agenda = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PlaceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OnlineUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Cost = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: true),
                    RegistrationClosesHoursBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsFree = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_events_events_events_places_PlaceId",
                        column: x => x.PlaceId,
                        principalTable: "events_places",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "events_dates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Arrivals = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events_dates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_events_dates_events_events_EventId",
                        column: x => x.EventId,
                        principalTable: "events_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "events_registrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Arrival = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Seats = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Needs = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ConsentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EmailConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OfferExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events_registrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_events_registrations_events_dates_DateId",
                        column: x => x.DateId,
                        principalTable: "events_dates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_events_dates_EventId_StartsAt",
                table: "events_dates",
                columns: new[] { "EventId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_events_dates_StartsAt",
                table: "events_dates",
                column: "StartsAt");

            migrationBuilder.CreateIndex(
                name: "IX_events_events_MunicipalityAgs_Status",
                table: "events_events",
                columns: new[] { "MunicipalityAgs", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_events_events_OrganisationId",
                table: "events_events",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_events_events_PlaceId",
                table: "events_events",
                column: "PlaceId");

            migrationBuilder.CreateIndex(
                name: "IX_events_events_Slug",
                table: "events_events",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_events_outbox_ProcessedAt_OccurredAt",
                table: "events_outbox",
                columns: new[] { "ProcessedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_events_places_MunicipalityAgs",
                table: "events_places",
                column: "MunicipalityAgs");

            migrationBuilder.CreateIndex(
                name: "IX_events_registrations_DateId_Arrival",
                table: "events_registrations",
                columns: new[] { "DateId", "Arrival" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_events_registrations_DateId_Status",
                table: "events_registrations",
                columns: new[] { "DateId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_events_registrations_EventId",
                table: "events_registrations",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_events_registrations_PersonId",
                table: "events_registrations",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "events_outbox");

            migrationBuilder.DropTable(
                name: "events_outbox_nodes");

            migrationBuilder.DropTable(
                name: "events_registrations");

            migrationBuilder.DropTable(
                name: "events_dates");

            migrationBuilder.DropTable(
                name: "events_events");

            migrationBuilder.DropTable(
                name: "events_places");
        }
    }
}
