using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRegion.Events.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Allocation",
                table: "events_events",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "first-come");

            migrationBuilder.AddColumn<long>(
                name: "DrawAt",
                table: "events_events",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DrawnAt",
                table: "events_dates",
                type: "INTEGER",
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
