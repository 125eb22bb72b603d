using Microsoft.EntityFrameworkCore;

namespace SmartRegion.OpenData.Migrations;

/// <summary>The catalogue's context on SQLite; carries the SQLite migrations.</summary>
internal sealed class OpenDataSqliteDb(DbContextOptions<OpenDataSqliteDb> options) : OpenDataDb(options);
