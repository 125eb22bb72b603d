namespace SmartRegion.Events.Quotas;

/// <summary>
/// A share of an event's seats per date, e.g. „Beschäftigte der Verwaltung“ and „Öffentlichkeit“: a name (German, and
/// English if given), its seats, and who may take them (<see cref="QuotaEligibility"/>). The quotas of an event together
/// hold at most its seats; seats outside every quota are not given out (the organiser keeps them back). Each quota has
/// its own waiting line, in the date's order.
/// </summary>
internal sealed class Quota
{
    public const int MaxName = 100;
    public const int MaxPerEvent = 5;

    private Quota()
    {
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    /// <summary>The order in which quotas are listed and tried.</summary>
    public int Position { get; private set; }

    public string Name { get; private set; } = "";

    public string? NameEn { get; private set; }

    public int Seats { get; private set; }

    /// <summary>One of <see cref="QuotaEligibility"/>.</summary>
    public string Eligible { get; private set; } = QuotaEligibility.Everyone;

    public static Quota Create(Guid eventId, int position, string name, string? nameEn, int seats, string eligible) =>
        new() { Id = Guid.NewGuid(), EventId = eventId, Position = position, Name = name, NameEn = nameEn, Seats = seats, Eligible = eligible };

    public void Change(int position, string name, string? nameEn, int seats, string eligible)
    {
        Position = position;
        Name = name;
        NameEn = nameEn;
        Seats = seats;
        Eligible = eligible;
    }

    /// <summary>The name in the reader's language: the English one when there is one and the page is English.</summary>
    public static string NameIn(string name, string? nameEn, string language) => language == "en" && nameEn is { Length: > 0 } ? nameEn : name;
}

/// <summary>Who may take the seats of a quota.</summary>
internal static class QuotaEligibility
{
    /// <summary>Staff of the region and its municipalities: a staff role (or an admin role) in the Hub, signed in.</summary>
    public const string Staff = "staff";

    /// <summary>Everyone, with or without an account.</summary>
    public const string Everyone = "everyone";

    public static readonly IReadOnlyList<string> All = [Staff, Everyone];
}
