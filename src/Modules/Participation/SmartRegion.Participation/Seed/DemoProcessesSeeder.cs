using Microsoft.EntityFrameworkCore;
using SmartRegion.Participation.Budgets;
using SmartRegion.Participation.Processes;
using SmartRegion.Kernel.Time;

namespace SmartRegion.Participation.Seed;

/// <summary>
/// Demo content of the embedded profile, marked as demo on every page: a participatory budget of Höchberg with 12
/// projects whose vote is open and the 30 proposals of its past collection phase, and a process of the whole region in its information phase. Dates follow the day of
/// the first start, so the demo always has something to try.
/// </summary>
internal sealed class DemoProcessesSeeder(ParticipationDb db, TimeProvider time) : Kernel.Seeding.ISeeder
{
    public const string HoechbergAgs = "09679147";
    public const string BudgetSlug = "demo-buergerhaushalt-hoechberg";
    public const string RegionSlug = "demo-radverkehr-region-wuerzburg";

    private static readonly (string Title, string Description, decimal Cost)[] HoechbergProjects =
    [
        ("Sitzbänke am Mainblick-Weg", "Sechs Bänke mit Rückenlehne entlang des Spazierwegs.", 9_000m),
        ("Trinkbrunnen am Marktplatz", "Ein Brunnen mit Trinkwasser, der im Sommer läuft.", 18_000m),
        ("Spielplatz Kirchberg erneuern", "Neue Schaukeln und ein Kletterturm für Kinder bis 12 Jahre.", 45_000m),
        ("Bücherschrank am Rathaus", "Ein offener Schrank zum Tauschen von Büchern.", 3_500m),
        ("Blühwiesen an den Ortseingängen", "Wildblumen statt Rasen auf vier Flächen.", 6_000m),
        ("Überdachte Fahrradständer am Bahnhof", "20 Stellplätze mit Dach und Anlehnbügeln.", 24_000m),
        ("Barrierefreier Zugang zur Bücherei", "Eine Rampe und eine automatische Tür.", 38_000m),
        ("Obstbäume für den Gemeindegarten", "15 alte Obstsorten zum gemeinsamen Ernten.", 4_500m),
        ("Beleuchtung Fußweg zur Schule", "LED-Leuchten mit Bewegungsmelder auf 300 Metern.", 27_000m),
        ("Jugendtreff: Möbel und Technik", "Sofas, Tische und eine Musikanlage für den Jugendraum.", 12_000m),
        ("Defibrillator in der Ortsmitte", "Ein öffentlich zugängliches Gerät mit Schulung.", 5_000m),
        ("Mitfahrbank nach Würzburg", "Zwei Bänke, an denen man eine Mitfahrt findet.", 2_500m),
    ];

    public bool IsDemo => true;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Processes.AnyAsync(p => p.IsDemo, cancellationToken))
        {
            await SeedProposalsAsync(cancellationToken);
            return;
        }

        var now = time.GetUtcNow();
        var today = BerlinDay.Of(now);
        PhaseDates Phase(string kind, int from, int to) => new(kind, BerlinDay.Start(today.AddDays(from)), BerlinDay.Start(today.AddDays(to + 1)));
        var budget = Process.Create(BudgetSlug, HoechbergAgs, new ProcessFields(
            "Demo: Bürgerhaushalt Höchberg",
            "Beispielinhalt der Demo-Installation. Höchberg gibt 150.000 Euro für Ideen aus dem Ort aus. Wählen Sie die Projekte, die zusammen ins Budget passen.",
            150_000m, VotingMethods.Knapsack,
            [Phase(PhaseKinds.Information, -40, -31), Phase(PhaseKinds.Collection, -30, -16), Phase(PhaseKinds.Discussion, -15, -3),
             Phase(PhaseKinds.Vote, -2, 27), Phase(PhaseKinds.Implementation, 28, 400)], SupportThreshold: 20), isDemo: true, now);
        var region = Process.Create(RegionSlug, null, new ProcessFields(
            "Demo: Radverkehr in der Region Würzburg",
            "Beispielinhalt der Demo-Installation. Der Landkreis plant das Radwegenetz zwischen den Gemeinden. Informieren Sie sich jetzt; Ideen sammeln wir ab der nächsten Phase.",
            null, VotingMethods.Approval,
            [Phase(PhaseKinds.Information, -3, 20), Phase(PhaseKinds.Collection, 21, 60), Phase(PhaseKinds.Implementation, 61, 500)], SupportThreshold: 50), isDemo: true, now);
        db.Processes.AddRange(budget, region);
        db.Projects.AddRange(HoechbergProjects.Select((p, i) => BudgetProject.Create(budget.Id, p.Title, p.Description, p.Cost, i + 1)));
        await db.SaveChangesAsync(cancellationToken);
        await SeedProposalsAsync(cancellationToken);
    }

    // Separate, so an installation seeded before proposals existed gets them too.
    private async Task SeedProposalsAsync(CancellationToken cancellationToken)
    {
        var budget = await db.Processes.AsNoTracking().SingleOrDefaultAsync(p => p.Slug == BudgetSlug, cancellationToken);
        if (budget?.CollectionPhase is not { } collection || await db.Proposals.AnyAsync(p => p.IsDemo, cancellationToken))
        {
            return;
        }

        var (proposals, supports) = DemoProposals.For(budget.Id, collection.StartsAt, time.GetUtcNow());
        db.Proposals.AddRange(proposals);
        db.ProposalSupports.AddRange(supports);
        await db.SaveChangesAsync(cancellationToken);
    }
}
