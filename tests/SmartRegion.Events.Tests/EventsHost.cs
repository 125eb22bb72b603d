using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Events.Calendar;
using SmartRegion.Events.Seed;
using SmartRegion.TestKit;

namespace SmartRegion.Events.Tests;

/// <summary>The platform with the demo events, seeded on a stopped clock.</summary>
public sealed class EventsHost : SmartRegionHost
{
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public TestClock Clock { get; } = new(Start);

    public CapturedMail Mail { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Seeding:Demo"] = "true",
        // The tests run the settling round themselves, on the stopped clock.
        ["Modules:Events:SettleInBackground"] = "false",
        ["Modules:Events:RemindInBackground"] = "false",
        ["Modules:Events:DrawInBackground"] = "false",
    };

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock).AddSingleton<SmartRegion.Hub.Contracts.Mail.IMailSender>(Mail);

    internal async Task<T> QueryAsync<T>(Func<EventsDb, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<EventsDb>());
    }

    internal Task<Guid> PlaceAsync(string ags) => QueryAsync(db => db.Places.Where(p => p.MunicipalityAgs == ags).Select(p => p.Id).FirstAsync());

    /// <summary>A published event of Höchberg with one date ten days on and the given seats; returns the date's id.</summary>
    internal Task<Guid> PublishedDateAsync(int capacity, int closesHoursBefore = 0) => QueryAsync(async db =>
    {
        var place = await db.Places.Where(p => p.MunicipalityAgs == DemoEventsSeeder.Hoechberg).Select(p => p.Id).FirstAsync();
        var now = Clock.GetUtcNow();
        var item = Event.Create("test-" + Guid.NewGuid().ToString("N"), DemoEventsSeeder.Hoechberg, null,
            new EventFields("Workshop", "Ein Workshop.", null, null, Topics.Training, AttendanceModes.InPerson, place, null, 0, capacity, closesHoursBefore), false, now);
        item.Publish(now);
        var date = EventDate.Create(item.Id, now.AddDays(10), now.AddDays(10).AddHours(2));
        db.Events.Add(item);
        db.Dates.Add(date);
        await db.SaveChangesAsync();
        return date.Id;
    });
}

/// <summary>Quotas of a test event.</summary>
internal static class QuotaKit
{
    /// <summary>Splits the seats of the date's event into the given quotas (in this order); returns their ids.</summary>
    public static Task<Guid[]> AddQuotasAsync(this EventsHost host, Guid dateId, params (string Name, int Seats, string Eligible)[] quotas) => host.QueryAsync(async db =>
    {
        var eventId = await db.Dates.Where(d => d.Id == dateId).Select(d => d.EventId).SingleAsync();
        var rows = quotas.Select((q, i) => SmartRegion.Events.Quotas.Quota.Create(eventId, i, q.Name, null, q.Seats, q.Eligible)).ToList();
        db.Quotas.AddRange(rows);
        await db.SaveChangesAsync();
        return rows.Select(r => r.Id).ToArray();
    });
}

/// <summary>Who calls a slice directly in a test: nobody signed in, or staff of Höchberg.</summary>
internal sealed class ActingPerson(bool staff) : SmartRegion.Hub.Contracts.People.ICurrentPerson
{
    public static readonly ActingPerson Nobody = new(false);

    private readonly Guid _id = Guid.NewGuid();

    public static ActingPerson Staff() => new(true);

    public bool IsSignedIn => staff;

    public SmartRegion.Hub.Contracts.People.PersonId? Id => staff ? new SmartRegion.Hub.Contracts.People.PersonId(_id) : null;

    public string? DisplayName => null;

    public bool IsRegionAdmin => false;

    public bool HasRoleIn(string role, string municipalityAgs) => staff && role == SmartRegion.Hub.Contracts.HubRoles.Staff && municipalityAgs == DemoEventsSeeder.Hoechberg;

    public IReadOnlyList<string> MunicipalitiesWhere(string role) => staff && role == SmartRegion.Hub.Contracts.HubRoles.Staff ? [DemoEventsSeeder.Hoechberg] : [];
}

/// <summary>Base of the event tests: fresh data and the clock back at <see cref="EventsHost.Start"/>.</summary>
public abstract class EventsTest(EventsHost host) : IntegrationTest<EventsHost>(host), IClassFixture<EventsHost>
{
    public override async ValueTask InitializeAsync()
    {
        Host.Clock.SetUtcNow(EventsHost.Start);
        await base.InitializeAsync();
    }
}
