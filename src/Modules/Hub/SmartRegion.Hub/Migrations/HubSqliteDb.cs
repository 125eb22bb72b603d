using Microsoft.EntityFrameworkCore;

namespace SmartRegion.Hub.Migrations;

/// <summary>The Hub on SQLite; exists so SQLite gets its own migrations.</summary>
internal sealed class HubSqliteDb(DbContextOptions<HubSqliteDb> options) : HubDb(options);
