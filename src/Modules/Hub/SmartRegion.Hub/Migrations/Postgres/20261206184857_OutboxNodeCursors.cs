using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SmartRegion.Hub.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class OutboxNodeCursors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Position",
                table: "hub_outbox",
                type: "bigint",
                nullable: false)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AddColumn<long>(
                name: "TransactionId",
                table: "hub_outbox",
                type: "bigint",
                nullable: false,
                defaultValueSql: "pg_current_xact_id()::text::bigint");

            migrationBuilder.CreateTable(
                name: "hub_outbox_nodes",
                columns: table => new
                {
                    Node = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Transaction = table.Column<long>(type: "bigint", nullable: false),
                    Position = table.Column<long>(type: "bigint", nullable: false),
                    SeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hub_outbox_nodes", x => x.Node);
                });

            migrationBuilder.CreateIndex(
                name: "IX_hub_outbox_TransactionId_Position",
                table: "hub_outbox",
                columns: new[] { "TransactionId", "Position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "hub_outbox_nodes");

            migrationBuilder.DropIndex(
                name: "IX_hub_outbox_TransactionId_Position",
                table: "hub_outbox");

            migrationBuilder.DropColumn(
                name: "Position",
                table: "hub_outbox");

            migrationBuilder.DropColumn(
                name: "TransactionId",
                table: "hub_outbox");
        }
    }
}
