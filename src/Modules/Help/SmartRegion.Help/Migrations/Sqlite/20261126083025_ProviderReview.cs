using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRegion.Help.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class ProviderReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "help_offer_reminders",
                columns: table => new
                {
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LastSentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_help_offer_reminders", x => x.ServiceId);
                    table.ForeignKey(
                        name: "FK_help_offer_reminders_help_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "help_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "help_offer_revisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ServiceName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    OrganizationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HubOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsNewOffer = table.Column<bool>(type: "INTEGER", nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AuthorComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReviewerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReviewReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewAgs = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ReviewedByRegion = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_help_offer_revisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "help_search_gaps",
                columns: table => new
                {
                    Query = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Searches = table.Column<int>(type: "INTEGER", nullable: false),
                    ZeroResultSearches = table.Column<int>(type: "INTEGER", nullable: false),
                    FewResultSearches = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_help_search_gaps", x => new { x.Query, x.Day });
                });

            migrationBuilder.CreateIndex(
                name: "IX_help_offer_revisions_AuthorId",
                table: "help_offer_revisions",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_help_offer_revisions_HubOrganisationId",
                table: "help_offer_revisions",
                column: "HubOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_help_offer_revisions_ReviewerId",
                table: "help_offer_revisions",
                column: "ReviewerId");

            migrationBuilder.CreateIndex(
                name: "IX_help_offer_revisions_ServiceId_CreatedAt",
                table: "help_offer_revisions",
                columns: new[] { "ServiceId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_help_offer_revisions_Status_CreatedAt",
                table: "help_offer_revisions",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_help_search_gaps_Day",
                table: "help_search_gaps",
                column: "Day");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "help_offer_reminders");

            migrationBuilder.DropTable(
                name: "help_offer_revisions");

            migrationBuilder.DropTable(
                name: "help_search_gaps");
        }
    }
}
