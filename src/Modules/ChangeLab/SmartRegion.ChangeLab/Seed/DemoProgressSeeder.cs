using Microsoft.EntityFrameworkCore;
using SmartRegion.ChangeLab.Contracts;
using SmartRegion.ChangeLab.Ideas;
using SmartRegion.Kernel.Database;
using SmartRegion.ChangeLab.Progress;
using SmartRegion.Ui.Navigation;
using SmartRegion.Kernel.Time;

namespace SmartRegion.ChangeLab.Seed;

/// <summary>
/// Demo content of the embedded profile, marked as demo on every page: one project per measure of the smart region with
/// milestones and next steps, and a few staff ideas, one of them already taken up as a project.
/// </summary>
internal sealed class DemoProgressSeeder(ChangeLabDb db, TimeProvider time) : Kernel.Seeding.ISeeder
{
    private static readonly (string Measure, string Title, string Summary, string Status, string Next, (string Title, int Due, bool Done)[] Steps)[] Projects =
    [
        (Measures.WieGehts, "Demo: Hilfeangebote der Region an einem Ort", "Beratungsstellen und Hilfen aus Stadt und Landkreis in einem Verzeichnis, in einfacher Sprache durchsuchbar.", ProjectStatus.Running,
            "Anbieter aus allen 52 Gemeinden einladen, ihre Angebote selbst zu pflegen.", [("Verzeichnis online", -120, true), ("Alle Träger der Stadt erfasst", -30, true), ("Alle Gemeinden erfasst", 90, false)]),
        (Measures.Heldenhelfer, "Demo: Werkzeugkasten für Vereine", "Mitglieder, Beiträge und Ehrenamtsbörse für Vereine der Region.", ProjectStatus.Planned,
            "Pilotvereine in drei Gemeinden gewinnen.", [("Anforderungen mit Vereinen sammeln", 30, false), ("Pilotbetrieb", 150, false)]),
        (Measures.ChangeLab, "Demo: Co-Working-Space Change Lab", "Räume und Arbeitsplätze für Beschäftigte aller Verwaltungen der Region, buchbar ohne Papier.", ProjectStatus.Running,
            "Zweiten Standort im Landkreis prüfen.", [("Räume eingerichtet", -90, true), ("Buchung online", -7, true), ("Zweiter Standort entschieden", 120, false)]),
        (Measures.WueApp, "Demo: Dienste des Rathauses digital", "Termine, Anliegen und Mängelmeldungen in einer App.", ProjectStatus.Planned,
            "Die zehn häufigsten Anliegen auswählen.", [("Häufigste Anliegen ausgewählt", 45, false)]),
        (Measures.HeimatForen, "Demo: Heimat-Foren in den Gemeinden", "Orte der Begegnung mit hybriden Treffen und Terminals.", ProjectStatus.Planned,
            "Drei Standorte für die ersten Foren festlegen.", [("Standorte festgelegt", 60, false)]),
        (Measures.MachMit, "Demo: Beteiligung online", "Bürgerhaushalte, Vorschläge und Abstimmungen für alle Gemeinden.", ProjectStatus.Running,
            "Erste Abstimmung auswerten und veröffentlichen.", [("Plattform online", -60, true), ("Erster Bürgerhaushalt", 30, false)]),
        (Measures.DigiFuchs, "Demo: Lernangebote zur Smarten Region", "Kurse zu offenen Daten und digitalen Diensten für alle.", ProjectStatus.Planned,
            "Ersten Kurs mit der Volkshochschule planen.", [("Erster Kurs geplant", 75, false)]),
        (Measures.SmartCityHub, "Demo: Offene Daten der Region", "Datenkatalog nach DCAT-AP.de mit CKAN-Schnittstelle.", ProjectStatus.Running,
            "Haushaltsdaten aller Gemeinden veröffentlichen.", [("Katalog online", -150, true), ("100 Datensätze", 60, false)]),
    ];

    public bool IsDemo => true;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Projects.AnyAsync(p => p.IsDemo, cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        var today = BerlinDay.Of(now);
        foreach (var (measure, title, summary, status, next, steps) in Projects)
        {
            var project = Project.Create(measure, title, summary, status, next, null, now, isDemo: true);
            foreach (var (step, due, done) in steps)
            {
                project.AddMilestone(step, today.AddDays(due), done ? today.AddDays(due) : null);
            }

            db.Projects.Add(project);
        }

        var accepted = Idea.Create("Demo: Vorlagen für Bescheide gemeinsam pflegen", "Viele Gemeinden schreiben dieselben Bescheide. Eine gemeinsame, geprüfte Vorlagensammlung spart Zeit und Fehler.",
            Guid.Empty, "Demo-Kollegin", now.AddDays(-20), isDemo: true);
        var project2 = Project.Create(Measures.ChangeLab, accepted.Title, accepted.Text, ProjectStatus.Planned, "Zwei Gemeinden testen die ersten zehn Vorlagen.", accepted.Id, now, isDemo: true);
        project2.AddMilestone("Erste zehn Vorlagen abgestimmt", today.AddDays(40), null);
        accepted.Accept(Guid.Empty, "Spart allen Gemeinden Arbeit; das Change-Lab-Team begleitet den Start.", project2.Id, now.AddDays(-5));
        db.Projects.Add(project2);
        db.Ideas.AddRange(
            accepted,
            Idea.Create("Demo: Digitale Unterschrift für Urlaubsanträge", "Urlaubsanträge ohne Papier: beantragen, genehmigen und ablegen in einem Schritt.", Guid.Empty, "Demo-Kollege", now.AddDays(-3), isDemo: true),
            Idea.Create("Demo: Sprechstunde im Change Lab", "Einmal im Monat beraten Kolleginnen und Kollegen zu digitalen Werkzeugen im Change Lab.", Guid.Empty, "Demo-Kollegin", now.AddDays(-1), isDemo: true));
        db.Publish(new ProgressBoardChanged(), now);
        await db.SaveChangesAsync(cancellationToken);
    }
}
