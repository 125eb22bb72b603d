using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRegion.Participation.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class ProposalHiding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "HiddenAt",
                table: "participation_proposals",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HiddenReason",
                table: "participation_proposals",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HiddenAt",
                table: "participation_proposals");

            migrationBuilder.DropColumn(
                name: "HiddenReason",
                table: "participation_proposals");
        }
    }
}
