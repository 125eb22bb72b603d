using Microsoft.EntityFrameworkCore;
using SmartRegion.Events.Calendar;
using SmartRegion.Events.Feeds;
using SmartRegion.Events.Quotas;
using SmartRegion.Events.Registrations;
using SmartRegion.Kernel.Database;

namespace SmartRegion.Events;

/// <summary>
/// The event tables (<c>events_*</c>). A date's row is the lock that puts its registrations in one order: every
/// registration change starts by updating that row, so the database decides seats and the waiting list one entry
/// after another, on every node and either database.
/// </summary>
internal class EventsDb(DbContextOptions options) : ModuleDbContext(options)
{
    public override string ModuleName => "events";

    public DbSet<Event> Events => Set<Event>();

    public DbSet<EventDate> Dates => Set<EventDate>();

    public DbSet<Place> Places => Set<Place>();

    public DbSet<Registration> Registrations => Set<Registration>();

    public DbSet<PersonalFeed> PersonalFeeds => Set<PersonalFeed>();

    public DbSet<Quota> Quotas => Set<Quota>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Event>(e =>
        {
            e.ToTable("events_events");
            e.Property(p => p.Slug).HasMaxLength(Event.MaxSlug);
            e.HasIndex(p => p.Slug).IsUnique();
            e.Property(p => p.MunicipalityAgs).HasMaxLength(8);
            e.Property(p => p.Status).HasMaxLength(20);
            e.Property(p => p.Title).HasMaxLength(Event.MaxTitle);
            e.Property(p => p.Description).HasMaxLength(Event.MaxText);
            e.Property(p => p.Agenda).HasMaxLength(Event.MaxText);
            e.Property(p => p.Audience).HasMaxLength(Event.MaxShort);
            e.Property(p => p.Topic).HasMaxLength(20);
            e.Property(p => p.Mode).HasMaxLength(20);
            e.Property(p => p.OnlineUrl).HasMaxLength(Event.MaxShort);
            e.Property(p => p.CancelReason).HasMaxLength(Event.MaxShort);
            e.Property(p => p.Cost).HasPrecision(10, 2);
            e.Property(p => p.OutcomeText).HasMaxLength(Event.MaxOutcome);
            e.Property(p => p.OutcomeDocumentUrl).HasMaxLength(Event.MaxShort);
            e.Property(p => p.Allocation).HasMaxLength(20).HasDefaultValue(Allocations.FirstCome);
            e.HasOne<Place>().WithMany().HasForeignKey(p => p.PlaceId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(p => new { p.MunicipalityAgs, p.Status });
            e.HasIndex(p => p.OrganisationId);
        });
        modelBuilder.Entity<EventDate>(e =>
        {
            e.ToTable("events_dates");
            e.HasOne<Event>().WithMany().HasForeignKey(d => d.EventId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(d => new { d.EventId, d.StartsAt });
            // The calendar pages through dates in the order of this index and counts them from it alone (end and event are in it).
            e.HasIndex(d => new { d.StartsAt, d.EndsAt, d.EventId });
            e.Ignore(d => d.IsCancelled);
        });
        modelBuilder.Entity<Place>(e =>
        {
            e.ToTable("events_places");
            e.Property(p => p.MunicipalityAgs).HasMaxLength(8);
            e.Property(p => p.Name).HasMaxLength(Place.MaxName);
            e.Property(p => p.Address).HasMaxLength(Event.MaxShort);
            e.Property(p => p.AccessibilityNote).HasMaxLength(Event.MaxShort);
            e.HasIndex(p => p.MunicipalityAgs);
        });
        modelBuilder.Entity<Registration>(e =>
        {
            e.ToTable("events_registrations");
            e.Property(r => r.Status).HasMaxLength(20);
            e.Property(r => r.Name).HasMaxLength(Registration.MaxName);
            e.Property(r => r.Email).HasMaxLength(Registration.MaxEmail);
            e.Property(r => r.Needs).HasMaxLength(100);
            e.Property(r => r.Language).HasMaxLength(2).HasDefaultValue("de");
            e.HasOne<EventDate>().WithMany().HasForeignKey(r => r.DateId).OnDelete(DeleteBehavior.Cascade);
            // One arrival number per date: a second writer that read the same counter fails instead of sharing a place in line.
            e.HasIndex(r => new { r.DateId, r.Arrival }).IsUnique();
            e.HasIndex(r => new { r.DateId, r.Status });
            e.HasIndex(r => r.PersonId);
            e.HasIndex(r => r.EventId);
            // A quota with active entries cannot be removed; the entries that no longer hold anything keep their history without it.
            e.HasOne<Quota>().WithMany().HasForeignKey(r => r.QuotaId).OnDelete(DeleteBehavior.SetNull);
        });
        modelBuilder.Entity<Quota>(e =>
        {
            e.ToTable("events_quotas");
            e.Property(q => q.Name).HasMaxLength(Quota.MaxName);
            e.Property(q => q.NameEn).HasMaxLength(Quota.MaxName);
            e.Property(q => q.Eligible).HasMaxLength(20);
            e.HasOne<Event>().WithMany().HasForeignKey(q => q.EventId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(q => new { q.EventId, q.Position });
        });
        modelBuilder.Entity<PersonalFeed>(e =>
        {
            e.ToTable("events_personal_feeds");
            // The person is the key: one address each, and two concurrent creations cannot both succeed.
            e.HasKey(f => f.PersonId);
            e.Property(f => f.PersonId).ValueGeneratedNever();
            // Two replacements at once: the second fails instead of handing out an address that no longer works.
            e.Property(f => f.TokenHash).HasMaxLength(32).IsConcurrencyToken();
            e.HasIndex(f => f.TokenHash).IsUnique();
        });
    }
}
