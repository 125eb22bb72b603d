using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRegion.Hub.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class OutboxNodeCursors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "hub_outbox_nodes",
                columns: table => new
                {
                    Node = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Transaction = table.Column<long>(type: "INTEGER", nullable: false),
                    Position = table.Column<long>(type: "INTEGER", nullable: false),
                    SeenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hub_outbox_nodes", x => x.Node);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "hub_outbox_nodes");
        }
    }
}
