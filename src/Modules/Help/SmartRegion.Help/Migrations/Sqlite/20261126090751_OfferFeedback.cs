using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRegion.Help.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class OfferFeedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "help_offer_feedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    HandledAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_help_offer_feedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_help_offer_feedback_help_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "help_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_help_offer_feedback_HandledAt",
                table: "help_offer_feedback",
                column: "HandledAt");

            migrationBuilder.CreateIndex(
                name: "IX_help_offer_feedback_ServiceId_ReceivedAt",
                table: "help_offer_feedback",
                columns: new[] { "ServiceId", "ReceivedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "help_offer_feedback");
        }
    }
}
