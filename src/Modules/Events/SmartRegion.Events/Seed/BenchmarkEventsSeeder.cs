using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using SmartRegion.Events.Calendar;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Kernel.Seeding;

namespace SmartRegion.Events.Seed;

/// <summary>
/// For benchmarks only: <c>Modules:Events:BenchmarkEvents</c> generated published events (slugs <c>bench-…</c>, the
/// same on every run) over the region's municipalities, topics and modes, free or not, each with one to three dates in
/// the coming year, so the calendar's filters and paging work on a year's worth of a busy region. Off (0) unless
/// configured.
/// </summary>
internal sealed class BenchmarkEventsSeeder(EventsDb db, IMunicipalityDirectory directory, IConfiguration configuration, TimeProvider time) : ISeeder
{
    private static readonly string[] Words =
    [
        "Kaffee", "Vortrag", "Wanderung", "Konzert", "Workshop", "Sprechstunde", "Lesung", "Flohmarkt", "Turnier", "Führung", "Repair-Café",
        "Kinderturnen", "Seniorentreff", "Bürgerversammlung", "Schulung", "Stammtisch", "Weinprobe", "Radtour", "Sprachcafé", "Spieleabend",
    ];

    public bool IsDemo => false;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var wanted = configuration.GetValue("Modules:Events:BenchmarkEvents", 0);
        if (wanted <= 0)
        {
            return;
        }

        var existing = await db.Events.CountAsync(e => e.Slug.StartsWith("bench-"), cancellationToken);
        var municipalities = (await directory.ListAsync(cancellationToken)).Select(m => m.Ags).Order(StringComparer.Ordinal).ToList();
        var places = await db.Places.Where(p => p.Name.StartsWith("Bench: ")).ToDictionaryAsync(p => p.MunicipalityAgs, p => p.Id, cancellationToken);
        foreach (var ags in municipalities.Where(a => !places.ContainsKey(a)))
        {
            var place = Place.Create(ags, "Bench: Gemeindesaal " + ags, "Hauptstraße 1", true, true, false, null, false);
            db.Places.Add(place);
            places[ags] = place.Id;
        }

        var now = time.GetUtcNow();
        for (var batch = existing; batch < wanted; batch += 1000)
        {
            for (var i = batch; i < Math.Min(wanted, batch + 1000); i++)
            {
                // Each event from its own seeded generator, so a partly seeded database continues the same sequence.
                var random = new Random(i);
                string Word() => Words[random.Next(Words.Length)];
                var ags = municipalities[random.Next(municipalities.Count)];
                var mode = AttendanceModes.All[random.Next(AttendanceModes.All.Count)];
                var fields = new EventFields($"{Word()} und {Word()} ({i})", $"Generierte Veranstaltung {i}: {Word()}, {Word()} und {Word()} in der Region.",
                    null, null, Topics.All[random.Next(Topics.All.Count)], mode, AttendanceModes.HasPlace(mode) ? places[ags] : null,
                    AttendanceModes.IsOnline(mode) ? "https://meeting.example.org/bench" : null, random.Next(3) == 0 ? 5 + random.Next(20) : 0,
                    random.Next(4) == 0 ? null : 10 + random.Next(90), 0);
                var item = Event.Create($"bench-{i:D6}", ags, null, fields, isDemo: false, now);
                item.Publish(now);
                db.Events.Add(item);
                var first = now.AddDays(1 + random.Next(365)).AddHours(random.Next(12));
                foreach (var week in Enumerable.Range(0, 1 + random.Next(3)))
                {
                    db.Dates.Add(EventDate.Create(item.Id, first.AddDays(7 * week), first.AddDays(7 * week).AddHours(2)));
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }
}
