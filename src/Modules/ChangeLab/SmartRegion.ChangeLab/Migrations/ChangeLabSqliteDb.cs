using Microsoft.EntityFrameworkCore;

namespace SmartRegion.ChangeLab.Migrations;

/// <summary>Change Lab on SQLite; exists so SQLite gets its own migrations.</summary>
internal sealed class ChangeLabSqliteDb(DbContextOptions<ChangeLabSqliteDb> options) : ChangeLabDb(options);
