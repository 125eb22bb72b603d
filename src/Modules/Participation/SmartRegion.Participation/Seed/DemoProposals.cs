using SmartRegion.Participation.Proposals;

namespace SmartRegion.Participation.Seed;

/// <summary>
/// The 30 demo proposals of Höchberg's collection phase, marked as demo: written by invented people, supported by
/// invented people, most of them already answered by the municipality.
/// </summary>
internal static class DemoProposals
{
    private static readonly (string Title, string Category, string Status, string? Answer)[] All =
    [
        ("Mehr Schatten auf dem Spielplatz", "social", ProposalStatuses.Accepted, "Wir pflanzen im Herbst drei Bäume und spannen ein Sonnensegel."),
        ("Zebrastreifen vor der Grundschule", "mobility", ProposalStatuses.Evaluating, "Das Straßenverkehrsamt prüft die Stelle."),
        ("Öffentliche Toilette am Friedhof", "social", ProposalStatuses.Rejected, "Der Unterhalt ist zu teuer; die Toilette im Rathaus ist werktags offen."),
        ("Insektenhotel am Kindergarten", "environment", ProposalStatuses.Implemented, "Das Insektenhotel steht seit Mai."),
        ("Längere Öffnungszeiten der Bücherei", "culture", ProposalStatuses.Evaluating, "Wir sprechen mit dem Büchereiteam."),
        ("Boule-Platz im Park", "sport", ProposalStatuses.Accepted, "Der Bauhof legt den Platz im Frühjahr an."),
        ("Tempo 30 in der Hauptstraße", "mobility", ProposalStatuses.Rejected, "Die Hauptstraße ist eine Staatsstraße; Tempo 30 ist dort nicht erlaubt."),
        ("Repair-Café im Jugendraum", "social", ProposalStatuses.Submitted, null),
        ("Wasserspender im Rathaus", "environment", ProposalStatuses.Implemented, "Der Spender steht im Eingang."),
        ("Kleine Bühne für Sommerkonzerte", "culture", ProposalStatuses.Submitted, null),
        ("Fahrradreparaturstation am Bahnhof", "mobility", ProposalStatuses.Accepted, "Kommt mit den neuen Fahrradständern."),
        ("Streuobstwiese pflegen", "environment", ProposalStatuses.Evaluating, null),
        ("Bolzplatz mit Flutlicht", "sport", ProposalStatuses.Rejected, "Das Licht würde die Nachbarschaft stören."),
        ("Seniorentreff am Nachmittag", "social", ProposalStatuses.Submitted, null),
        ("Ortsgeschichte auf Tafeln", "culture", ProposalStatuses.Accepted, "Der Heimatverein schreibt die Texte."),
        ("Carsharing-Auto am Marktplatz", "mobility", ProposalStatuses.Submitted, null),
        ("Hundekotbeutel-Spender an Wegen", "environment", ProposalStatuses.Implemented, "Zehn Spender hängen."),
        ("Outdoor-Fitnessgeräte", "sport", ProposalStatuses.Evaluating, null),
        ("Nachbarschaftsfest im September", "social", ProposalStatuses.Submitted, null),
        ("Offenes Bücherregal im Freibad", "culture", ProposalStatuses.Submitted, null),
        ("Radweg nach Gerbrunn beleuchten", "mobility", ProposalStatuses.Evaluating, null),
        ("Regenwasser für die Beete nutzen", "environment", ProposalStatuses.Submitted, null),
        ("Tischtennisplatte am Spielplatz", "sport", ProposalStatuses.Accepted, "Wird mit dem Spielplatz erneuert."),
        ("Mittagstisch für Alleinstehende", "social", ProposalStatuses.Submitted, null),
        ("Kinoabend im Sommer", "culture", ProposalStatuses.Submitted, null),
        ("Busanbindung am Sonntag", "mobility", ProposalStatuses.Rejected, "Der Nahverkehrsplan ist bis 2028 festgelegt; wir bringen den Wunsch dort ein."),
        ("Blumenkübel an der Brücke", "environment", ProposalStatuses.Submitted, null),
        ("Skateanlage erweitern", "sport", ProposalStatuses.Submitted, null),
        ("Sprechstunde des Bürgermeisters am Abend", "other", ProposalStatuses.Implemented, "Jeden ersten Dienstag im Monat bis 20 Uhr."),
        ("Gemeindeblatt auch digital", "other", ProposalStatuses.Submitted, null),
    ];

    /// <summary>The proposals spread over the collection phase, and between 0 and 29 supports each.</summary>
    public static (List<Proposal> Proposals, List<ProposalSupport> Supports) For(Guid processId, DateTimeOffset collectionStart, DateTimeOffset now)
    {
        var proposals = new List<Proposal>();
        var supports = new List<ProposalSupport>();
        for (var i = 0; i < All.Length; i++)
        {
            var (title, category, status, answer) = All[i];
            var created = collectionStart.AddHours(9 + (i * 11));
            var proposal = Proposal.Create(processId, Guid.NewGuid(), $"Demo-Person {i + 1}", "Demo: " + title,
                "Beispielinhalt der Demo-Installation. " + title + " – das wünsche ich mir für Höchberg.", category, isDemo: true, created);
            if (status != ProposalStatuses.Submitted)
            {
                proposal.Respond(status, answer, now.AddDays(-3));
            }

            proposals.Add(proposal);
            supports.AddRange(Enumerable.Range(0, (i * 7) % 30).Select(_ => ProposalSupport.Create(proposal.Id, Guid.NewGuid(), created.AddHours(1))));
        }

        return (proposals, supports);
    }
}
