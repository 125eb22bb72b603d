using Microsoft.EntityFrameworkCore;

namespace SmartRegion.ChangeLab.Migrations;

/// <summary>Change Lab on PostgreSQL; exists so PostgreSQL gets its own migrations.</summary>
internal sealed class ChangeLabPostgresDb(DbContextOptions<ChangeLabPostgresDb> options) : ChangeLabDb(options);
