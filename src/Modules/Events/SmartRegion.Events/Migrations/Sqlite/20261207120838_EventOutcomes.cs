using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRegion.Events.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "OutcomePublishedAt",
                table: "events_events",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OutcomeText",
                table: "events_events",
                type: "TEXT",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "OutcomeUpdatedAt",
                table: "events_events",
                type: "INTEGER",
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
