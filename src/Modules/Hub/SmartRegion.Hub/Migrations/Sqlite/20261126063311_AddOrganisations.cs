using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRegion.Hub.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class AddOrganisations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "hub_organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MunicipalityAgs = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hub_organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "hub_organisation_invitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    InvitedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcceptedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hub_organisation_invitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_hub_organisation_invitations_hub_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "hub_organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "hub_organisation_members",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    JoinedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hub_organisation_members", x => new { x.OrganisationId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_hub_organisation_members_hub_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "hub_organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_hub_organisation_members_hub_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "hub_people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_hub_organisation_invitations_CodeHash",
                table: "hub_organisation_invitations",
                column: "CodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_hub_organisation_invitations_OrganisationId",
                table: "hub_organisation_invitations",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_hub_organisation_members_PersonId",
                table: "hub_organisation_members",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "hub_organisation_invitations");

            migrationBuilder.DropTable(
                name: "hub_organisation_members");

            migrationBuilder.DropTable(
                name: "hub_organisations");
        }
    }
}
