using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRegion.ChangeLab.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class ProjectEditing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "UpdatedAt",
                table: "changelab_projects",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<Guid>(
                name: "UpdatedBy",
                table: "changelab_projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "changelab_projects",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "changelab_milestones",
                type: "INTEGER",
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
