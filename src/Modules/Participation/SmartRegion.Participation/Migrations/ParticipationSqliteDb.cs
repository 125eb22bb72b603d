using Microsoft.EntityFrameworkCore;

namespace SmartRegion.Participation.Migrations;

/// <summary>Participation on SQLite; exists so SQLite gets its own migrations.</summary>
internal sealed class ParticipationSqliteDb(DbContextOptions<ParticipationSqliteDb> options) : ParticipationDb(options);
