using Microsoft.EntityFrameworkCore;

namespace SmartRegion.Help.Migrations;

/// <summary>The help directory on PostgreSQL; exists so PostgreSQL gets its own migrations.</summary>
internal sealed class HelpPostgresDb(DbContextOptions<HelpPostgresDb> options) : HelpDb(options);
