using Microsoft.EntityFrameworkCore;

namespace SmartRegion.Help.Migrations;

/// <summary>The help directory on SQLite; exists so SQLite gets its own migrations.</summary>
internal sealed class HelpSqliteDb(DbContextOptions<HelpSqliteDb> options) : HelpDb(options);
