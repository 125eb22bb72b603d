using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRegion.ChangeLab.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class BookingSeries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SeriesId",
                table: "changelab_bookings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_changelab_bookings_SeriesId",
                table: "changelab_bookings",
                column: "SeriesId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_changelab_bookings_SeriesId",
                table: "changelab_bookings");

            migrationBuilder.DropColumn(
                name: "SeriesId",
                table: "changelab_bookings");
        }
    }
}
