using Microsoft.EntityFrameworkCore;

namespace SmartRegion.Hub.Migrations;

/// <summary>The Hub on PostgreSQL; exists so PostgreSQL gets its own migrations.</summary>
internal sealed class HubPostgresDb(DbContextOptions<HubPostgresDb> options) : HubDb(options);
