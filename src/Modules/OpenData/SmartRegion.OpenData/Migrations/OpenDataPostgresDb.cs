using Microsoft.EntityFrameworkCore;

namespace SmartRegion.OpenData.Migrations;

/// <summary>The catalogue's context on PostgreSQL; carries the PostgreSQL migrations.</summary>
internal sealed class OpenDataPostgresDb(DbContextOptions<OpenDataPostgresDb> options) : OpenDataDb(options);
