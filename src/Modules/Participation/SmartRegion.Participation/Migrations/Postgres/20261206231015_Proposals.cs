using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRegion.Participation.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class Proposals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SupportThreshold",
                table: "participation_processes",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "participation_proposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProcessId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_participation_proposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_participation_proposals_participation_processes_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "participation_processes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "participation_proposal_supports",
                columns: table => new
                {
                    ProposalId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_participation_proposal_supports", x => new { x.ProposalId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_participation_proposal_supports_participation_proposals_Pro~",
                        column: x => x.ProposalId,
                        principalTable: "participation_proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_participation_proposal_supports_PersonId",
                table: "participation_proposal_supports",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_participation_proposals_AuthorId",
                table: "participation_proposals",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_participation_proposals_ProcessId_CreatedAt",
                table: "participation_proposals",
                columns: new[] { "ProcessId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "participation_proposal_supports");

            migrationBuilder.DropTable(
                name: "participation_proposals");

            migrationBuilder.DropColumn(
                name: "SupportThreshold",
                table: "participation_processes");
        }
    }
}
