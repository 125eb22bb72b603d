using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRegion.Events.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class Lottery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DrawPosition",
                table: "events_registrations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Allocation",
                table: "events_events",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "first-come");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DrawAt",
                table: "events_events",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DrawnAt",
                table: "events_dates",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DrawPosition",
                table: "events_registrations");

            migrationBuilder.DropColumn(
                name: "Allocation",
                table: "events_events");

            migrationBuilder.DropColumn(
                name: "DrawAt",
                table: "events_events");

            migrationBuilder.DropColumn(
                name: "DrawnAt",
                table: "events_dates");
        }
    }
}
