using Microsoft.EntityFrameworkCore;

namespace SmartRegion.Events.Migrations;

/// <summary>Events on SQLite; exists so SQLite gets its own migrations.</summary>
internal sealed class EventsSqliteDb(DbContextOptions<EventsSqliteDb> options) : EventsDb(options);
