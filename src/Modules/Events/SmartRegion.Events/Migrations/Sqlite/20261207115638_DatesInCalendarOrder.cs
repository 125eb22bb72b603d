using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRegion.Events.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class DatesInCalendarOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_events_dates_StartsAt",
                table: "events_dates");

            migrationBuilder.CreateIndex(
                name: "IX_events_dates_StartsAt_EndsAt_EventId",
                table: "events_dates",
                columns: new[] { "StartsAt", "EndsAt", "EventId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_events_dates_StartsAt_EndsAt_EventId",
                table: "events_dates");

            migrationBuilder.CreateIndex(
                name: "IX_events_dates_StartsAt",
                table: "events_dates",
                column: "StartsAt");
        }
    }
}
