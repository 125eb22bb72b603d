using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRegion.ChangeLab.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class ProjectEditing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "UpdatedAt",
                table: "changelab_projects",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<Guid>(
                name: "UpdatedBy",
                table: "changelab_projects",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "changelab_projects",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "changelab_milestones",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            // Projects written before this change were last changed when they were made.
            migrationBuilder.Sql("UPDATE changelab_projects SET \"UpdatedAt\" = \"CreatedAt\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "changelab_projects");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "changelab_projects");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "changelab_projects");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "changelab_milestones");
        }
    }
}
