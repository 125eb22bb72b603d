using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRegion.Events.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class EventOutcomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OutcomeDocumentUrl",
                table: "events_events",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "OutcomePublishedAt",
                table: "events_events",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OutcomeText",
                table: "events_events",
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "OutcomeUpdatedAt",
                table: "events_events",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OutcomeDocumentUrl",
                table: "events_events");

            migrationBuilder.DropColumn(
                name: "OutcomePublishedAt",
                table: "events_events");

            migrationBuilder.DropColumn(
                name: "OutcomeText",
                table: "events_events");

            migrationBuilder.DropColumn(
                name: "OutcomeUpdatedAt",
                table: "events_events");
        }
    }
}
