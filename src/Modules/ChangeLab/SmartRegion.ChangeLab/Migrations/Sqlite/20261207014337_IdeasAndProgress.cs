using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRegion.ChangeLab.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class IdeasAndProgress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "changelab_ideas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_changelab_ideas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "changelab_projects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NextSteps = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    IdeaId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_changelab_projects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "changelab_idea_comments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IdeaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_changelab_idea_comments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_changelab_idea_comments_changelab_ideas_IdeaId",
                        column: x => x.IdeaId,
                        principalTable: "changelab_ideas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "changelab_idea_supports",
                columns: table => new
                {
                    IdeaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_changelab_idea_supports", x => new { x.IdeaId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_changelab_idea_supports_changelab_ideas_IdeaId",
                        column: x => x.IdeaId,
                        principalTable: "changelab_ideas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "changelab_milestones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DoneOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_changelab_milestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_changelab_milestones_changelab_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "changelab_projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_changelab_idea_comments_AuthorId",
                table: "changelab_idea_comments",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_changelab_idea_comments_IdeaId_CreatedAt",
                table: "changelab_idea_comments",
                columns: new[] { "IdeaId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_changelab_idea_supports_PersonId",
                table: "changelab_idea_supports",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_changelab_ideas_AuthorId",
                table: "changelab_ideas",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_changelab_ideas_CreatedAt",
                table: "changelab_ideas",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_changelab_milestones_ProjectId_Position",
                table: "changelab_milestones",
                columns: new[] { "ProjectId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_changelab_projects_Measure",
                table: "changelab_projects",
                column: "Measure");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "changelab_idea_comments");

            migrationBuilder.DropTable(
                name: "changelab_idea_supports");

            migrationBuilder.DropTable(
                name: "changelab_milestones");

            migrationBuilder.DropTable(
                name: "changelab_ideas");

            migrationBuilder.DropTable(
                name: "changelab_projects");
        }
    }
}
