using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRegion.Participation.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "participation_ballots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcessId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceiptHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_participation_ballots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "participation_in_person_requests",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_participation_in_person_requests", x => x.PersonId);
                });

            migrationBuilder.CreateTable(
                name: "participation_letter_codes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityAgs = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecipientName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecipientAddress = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RedeemedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RedeemedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_participation_letter_codes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "participation_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LockedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LockedUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_participation_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "participation_outbox_nodes",
                columns: table => new
                {
                    Node = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Transaction = table.Column<long>(type: "INTEGER", nullable: false),
                    Position = table.Column<long>(type: "INTEGER", nullable: false),
                    SeenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_participation_outbox_nodes", x => x.Node);
                });

            migrationBuilder.CreateTable(
                name: "participation_processes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 90, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    MunicipalityAgs = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Budget = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    VotingMethod = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_participation_processes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "participation_verified_residents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityAgs = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VerifiedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_participation_verified_residents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "participation_voters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcessId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    VotedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_participation_voters", x => x.Id);
                });

            // A rowid table keeps its rows in insertion order, which would line the voters up with the ballots written in
            // the same transactions. Without rowid, the rows are kept in the order of their random ids.
            migrationBuilder.Sql("DROP TABLE \"participation_voters\";");
            migrationBuilder.Sql(
                "CREATE TABLE \"participation_voters\" (\"Id\" TEXT NOT NULL CONSTRAINT \"PK_participation_voters\" PRIMARY KEY, " +
                "\"ProcessId\" TEXT NOT NULL, \"PersonId\" TEXT NOT NULL, \"Channel\" TEXT NOT NULL, \"VotedOn\" TEXT NOT NULL) WITHOUT ROWID;");

            migrationBuilder.CreateTable(
                name: "participation_ballot_choices",
                columns: table => new
                {
                    BallotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_participation_ballot_choices", x => new { x.BallotId, x.ProjectId });
                    table.ForeignKey(
                        name: "FK_participation_ballot_choices_participation_ballots_BallotId",
                        column: x => x.BallotId,
                        principalTable: "participation_ballots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "participation_phases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcessId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_participation_phases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_participation_phases_participation_processes_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "participation_processes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "participation_projects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcessId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Cost = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_participation_projects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_participation_projects_participation_processes_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "participation_processes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_participation_ballot_choices_ProjectId",
                table: "participation_ballot_choices",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_participation_ballots_ProcessId",
                table: "participation_ballots",
                column: "ProcessId");

            migrationBuilder.CreateIndex(
                name: "IX_participation_ballots_ReceiptHash",
                table: "participation_ballots",
                column: "ReceiptHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_participation_in_person_requests_Code",
                table: "participation_in_person_requests",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_participation_letter_codes_CodeHash",
                table: "participation_letter_codes",
                column: "CodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_participation_outbox_ProcessedAt_OccurredAt",
                table: "participation_outbox",
                columns: new[] { "ProcessedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_participation_phases_ProcessId_Kind",
                table: "participation_phases",
                columns: new[] { "ProcessId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_participation_processes_MunicipalityAgs",
                table: "participation_processes",
                column: "MunicipalityAgs");

            migrationBuilder.CreateIndex(
                name: "IX_participation_processes_Slug",
                table: "participation_processes",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_participation_projects_ProcessId_Position",
                table: "participation_projects",
                columns: new[] { "ProcessId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_participation_verified_residents_MunicipalityAgs",
                table: "participation_verified_residents",
                column: "MunicipalityAgs");

            migrationBuilder.CreateIndex(
                name: "IX_participation_verified_residents_PersonId_MunicipalityAgs",
                table: "participation_verified_residents",
                columns: new[] { "PersonId", "MunicipalityAgs" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_participation_voters_PersonId",
                table: "participation_voters",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_participation_voters_ProcessId_PersonId",
                table: "participation_voters",
                columns: new[] { "ProcessId", "PersonId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "participation_ballot_choices");

            migrationBuilder.DropTable(
                name: "participation_in_person_requests");

            migrationBuilder.DropTable(
                name: "participation_letter_codes");

            migrationBuilder.DropTable(
                name: "participation_outbox");

            migrationBuilder.DropTable(
                name: "participation_outbox_nodes");

            migrationBuilder.DropTable(
                name: "participation_phases");

            migrationBuilder.DropTable(
                name: "participation_projects");

            migrationBuilder.DropTable(
                name: "participation_verified_residents");

            migrationBuilder.DropTable(
                name: "participation_voters");

            migrationBuilder.DropTable(
                name: "participation_ballots");

            migrationBuilder.DropTable(
                name: "participation_processes");
        }
    }
}
