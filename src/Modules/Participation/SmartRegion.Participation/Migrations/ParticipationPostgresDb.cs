using Microsoft.EntityFrameworkCore;

namespace SmartRegion.Participation.Migrations;

/// <summary>Participation on PostgreSQL; exists so PostgreSQL gets its own migrations.</summary>
internal sealed class ParticipationPostgresDb(DbContextOptions<ParticipationPostgresDb> options) : ParticipationDb(options);
