using Microsoft.EntityFrameworkCore;
using SmartRegion.Events.Calendar;

namespace SmartRegion.Events.Seed;

/// <summary>
/// Demo content of the embedded profile, marked as demo on every page: places with their accessibility in five
/// municipalities and thirteen published events from tomorrow on, among them Change Lab trainings of the region's
/// administration (run by the city of Würzburg's staff, as no Change Lab organisation exists yet) and a weekly series
/// that leaves out public holidays. Dates follow the day of the first start, so the demo always has something to try.
/// </summary>
internal sealed class DemoEventsSeeder(EventsDb db, TimeProvider time) : Kernel.Seeding.ISeeder
{
    public const string Wuerzburg = "09663000";
    public const string Hoechberg = "09679147";
    public const string Rimpar = "09679180";
    public const string Ochsenfurt = "09679170";
    public const string Gerbrunn = "09679136";

    public bool IsDemo => true;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Events.AnyAsync(e => e.IsDemo, cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(Recurrence.ToLocal(now));
        var places = new Dictionary<string, Place>
        {
            [Wuerzburg] = Place.Create(Wuerzburg, "Demo: Change Lab im Rathaus Würzburg", "Rückermainstraße 2, 97070 Würzburg", true, true, true, "Aufzug am Eingang Karmelitenstraße.", true),
            [Hoechberg] = Place.Create(Hoechberg, "Demo: Bürgersaal Höchberg", "Hauptstraße 58, 97204 Höchberg", true, true, false, null, true),
            [Rimpar] = Place.Create(Rimpar, "Demo: Schloss Grumbach, Rittersaal", "Schloßberg 1, 97222 Rimpar", false, false, false, "Der Saal liegt im ersten Stock, es gibt keinen Aufzug.", true),
            [Ochsenfurt] = Place.Create(Ochsenfurt, "Demo: Altes Rathaus Ochsenfurt", "Hauptstraße 42, 97199 Ochsenfurt", true, false, true, null, true),
            [Gerbrunn] = Place.Create(Gerbrunn, "Demo: Mehrzweckhalle Gerbrunn", "Am Sportplatz 3, 97218 Gerbrunn", true, true, false, null, true),
        };
        db.Places.AddRange(places.Values);
        (string Ags, string Title, string Text, string Topic, string Mode, decimal Cost, int? Capacity, int Day, int Hour, int Minutes, string? Rule)[] events =
        [
            (Wuerzburg, "Change Lab: Open Data für Einsteiger", "Was offene Daten sind und wie die Verwaltung sie veröffentlicht. Schulung für Beschäftigte der Gemeinden.", Topics.Training, AttendanceModes.Hybrid, 0, 20, 3, 9, 180, null),
            (Wuerzburg, "Change Lab: Barrierefreie Dokumente", "PDF und Word so schreiben, dass alle sie lesen können.", Topics.Training, AttendanceModes.InPerson, 0, 15, 10, 9, 240, null),
            (Wuerzburg, "Change Lab: Sprechstunde Digitalisierung", "Jeden Dienstag Fragen zu digitalen Werkzeugen stellen.", Topics.Training, AttendanceModes.Online, 0, 10, 1, 14, 60, "FREQ=WEEKLY;BYDAY=TU;COUNT=8"),
            (Hoechberg, "Seniorennachmittag mit Kaffee", "Gemeinsam Kaffee trinken und erzählen.", Topics.Community, AttendanceModes.InPerson, 0, 40, 5, 14, 120, null),
            (Hoechberg, "Bürgerversammlung Höchberg", "Der Bürgermeister berichtet und beantwortet Fragen.", Topics.Participation, AttendanceModes.Hybrid, 0, null, 12, 19, 120, null),
            (Rimpar, "Konzert im Rittersaal", "Kammermusik im Schloss Grumbach.", Topics.Culture, AttendanceModes.InPerson, 12, 80, 8, 19, 120, null),
            (Rimpar, "Lauftreff für alle", "Locker laufen, jede Woche, für jedes Tempo.", Topics.Sports, AttendanceModes.InPerson, 0, null, 2, 18, 60, "FREQ=WEEKLY;BYDAY=TH;COUNT=10"),
            (Ochsenfurt, "Stadtführung für Familien", "Die Altstadt mit Kinderaugen entdecken.", Topics.Family, AttendanceModes.InPerson, 5, 25, 6, 10, 90, null),
            (Ochsenfurt, "Repair-Café", "Kaputte Geräte gemeinsam reparieren.", Topics.Environment, AttendanceModes.InPerson, 0, 30, 9, 14, 180, null),
            (Gerbrunn, "Kinderturnen am Samstag", "Bewegung für Kinder von 3 bis 6 Jahren.", Topics.Sports, AttendanceModes.InPerson, 0, 12, 4, 10, 60, null),
            (Gerbrunn, "Vortrag: Energie sparen zu Hause", "Tipps der Energieberatung.", Topics.Environment, AttendanceModes.Online, 0, 100, 11, 19, 90, null),
            (Wuerzburg, "Infoabend Smarte Region", "Was die Smarte Region Würzburg für Sie tun kann.", Topics.Participation, AttendanceModes.Hybrid, 0, 150, 14, 18, 90, null),
            (Hoechberg, "Vereinsabend Ehrenamt", "Vereine stellen sich vor und suchen Helferinnen und Helfer.", Topics.Community, AttendanceModes.InPerson, 0, 60, 15, 19, 120, null),
        ];
        foreach (var e in events)
        {
            var mode = e.Mode;
            var fields = new EventFields("Demo: " + e.Title, "Beispielinhalt der Demo-Installation. " + e.Text, null, null, e.Topic, mode,
                AttendanceModes.HasPlace(mode) ? places[e.Ags].Id : null, AttendanceModes.IsOnline(mode) ? "https://meeting.example.org/demo" : null, e.Cost, e.Capacity, 0);
            var slug = Kernel.Text.Slugs.From(fields.Title, "veranstaltung");
            var item = Event.Create(slug, e.Ags, null, fields, isDemo: true, now);
            item.Publish(now);
            db.Events.Add(item);
            var start = today.AddDays(e.Day).ToDateTime(new TimeOnly(e.Hour, 0));
            var dates = Recurrence.Expand(start, TimeSpan.FromMinutes(e.Minutes), e.Rule, [], skipHolidays: true).Dates;
            db.Dates.AddRange(dates.Select(d => EventDate.Create(item.Id, d.Starts, d.Ends)));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
