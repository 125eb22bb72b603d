using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRegion.Participation.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class ProposalHiding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "HiddenAt",
                table: "participation_proposals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HiddenReason",
                table: "participation_proposals",
                type: "TEXT",
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
