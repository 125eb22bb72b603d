using Microsoft.EntityFrameworkCore;
using SmartRegion.ChangeLab.Bookables;

namespace SmartRegion.ChangeLab.Seed;

/// <summary>
/// Demo content of the embedded profile, marked as demo on every page: the rooms, desks and equipment of the Change Lab
/// co-working space in Würzburg, placed on its floor plan. The workshop room needs an approver's yes.
/// </summary>
internal sealed class DemoWorkspaceSeeder(ChangeLabDb db) : Kernel.Seeding.ISeeder
{
    public const string WuerzburgAgs = "09663000";
    public const string MeetingRoom = "demo-besprechungsraum-main";
    public const string WorkshopRoom = "demo-werkstattraum";
    public const string FirstDesk = "demo-platz-1";

    public bool IsDemo => true;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Bookables.AnyAsync(b => b.IsDemo, cancellationToken))
        {
            return;
        }

        Bookable Room(string slug, string name, string description, int seats, bool approval, PlanPlace place) =>
            Bookable.Create(slug, BookableKinds.Room, name, description, seats, approval, WuerzburgAgs, place, isDemo: true);
        Bookable Desk(int n, PlanPlace place) =>
            Bookable.Create($"demo-platz-{n}", BookableKinds.Desk, $"Arbeitsplatz {n}",
                n <= 2 ? "Höhenverstellbarer Tisch mit Bildschirm und Dockingstation." : "Tisch mit Bildschirm und Dockingstation.", null, false, WuerzburgAgs, place, isDemo: true);
        Bookable Thing(string slug, string name, string description) =>
            Bookable.Create(slug, BookableKinds.Equipment, name, description, null, false, WuerzburgAgs, null, isDemo: true);

        db.Bookables.AddRange(
            Room(MeetingRoom, "Besprechungsraum Main", "Tisch für acht Personen, großer Bildschirm, Kamera für hybride Treffen.", 8, false, new PlanPlace(20, 20, 300, 220)),
            Room(WorkshopRoom, "Werkstattraum", "Offener Raum für Workshops bis 20 Personen mit Stellwänden. Buchung nach Freigabe durch das Change-Lab-Team.", 20, true,
                new PlanPlace(340, 20, 400, 220)),
            Room("demo-telefonbox", "Telefonbox", "Schallgeschützte Kabine für eine Person, für Telefonate und Videokonferenzen.", 1, false, new PlanPlace(760, 20, 220, 100)),
            Desk(1, new PlanPlace(40, 320, 140, 90)), Desk(2, new PlanPlace(200, 320, 140, 90)), Desk(3, new PlanPlace(360, 320, 140, 90)),
            Desk(4, new PlanPlace(520, 320, 140, 90)), Desk(5, new PlanPlace(40, 440, 140, 90)), Desk(6, new PlanPlace(200, 440, 140, 90)),
            Thing("demo-beamer", "Mobiler Beamer", "Beamer mit HDMI- und USB-C-Anschluss, im Schrank am Eingang."),
            Thing("demo-moderationskoffer", "Moderationskoffer", "Karten, Stifte, Pinnnadeln und Klebepunkte für Workshops."),
            Thing("demo-vr-brille", "VR-Brille", "Zum Ausprobieren digitaler Planungsmodelle, mit Desinfektionstüchern."));
        await db.SaveChangesAsync(cancellationToken);
    }
}
