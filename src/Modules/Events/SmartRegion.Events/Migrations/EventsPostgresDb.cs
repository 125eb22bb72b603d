using Microsoft.EntityFrameworkCore;

namespace SmartRegion.Events.Migrations;

/// <summary>Events on PostgreSQL; exists so PostgreSQL gets its own migrations.</summary>
internal sealed class EventsPostgresDb(DbContextOptions<EventsPostgresDb> options) : EventsDb(options);
