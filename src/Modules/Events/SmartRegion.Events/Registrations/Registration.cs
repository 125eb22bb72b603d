namespace SmartRegion.Events.Registrations;

/// <summary>
/// One entry for one date: a person (with account) or an e-mail address (without), for a group of
/// <see cref="Seats"/> people. <see cref="Arrival"/> is the number the date gave it, so the waiting list is first come,
/// first served.
/// </summary>
internal sealed class Registration
{
    public const int MaxName = 200;
    public const int MaxEmail = 254;
    public const int MaxGroup = 10;

    private Registration()
    {
    }

    public Guid Id { get; private set; }

    public Guid EventId { get; private set; }

    public Guid DateId { get; private set; }

    public long Arrival { get; private set; }

    /// <summary>The quota the entry holds a seat in or waits for (<see cref="Quotas.Quota"/>); null when the event has no quotas.</summary>
    public Guid? QuotaId { get; private set; }

    /// <summary>The place the lottery drew for the entry (1 is first); after the draw it is the entry's place in line, before any later arrival.</summary>
    public int? DrawPosition { get; private set; }

    public string Status { get; private set; } = RegistrationStatus.Waiting;

    public int Seats { get; private set; }

    public string Name { get; private set; } = "";

    public string Email { get; private set; } = "";

    public Guid? PersonId { get; private set; }

    /// <summary>Space-separated <see cref="AccessNeeds"/>.</summary>
    public string Needs { get; private set; } = "";

    public DateTimeOffset ConsentAt { get; private set; }

    /// <summary>The language the person registered in (<c>de</c> or <c>en</c>): every mail about the registration is written in it.</summary>
    public string Language { get; private set; } = "de";

    /// <summary>When the address was confirmed by the link in the mail; at once for a signed-in person's own address.</summary>
    public DateTimeOffset? EmailConfirmedAt { get; private set; }

    public DateTimeOffset? OfferExpiresAt { get; private set; }

    /// <summary>When an organiser let the person in at the door; set once.</summary>
    public DateTimeOffset? CheckedInAt { get; private set; }

    /// <summary>When the reminder before the date was queued; set once, by the database's conditional update.</summary>
    public DateTimeOffset? RemindedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsDemo { get; private set; }

    public static Registration Create(
        Guid eventId, Guid dateId, long arrival, bool confirmed, int seats, string name, string email, Guid? personId, IEnumerable<string> needs,
        DateTimeOffset now, bool isDemo = false, string language = "de", Guid? quotaId = null, bool entered = false) =>
        new()
        {
            Id = Guid.NewGuid(), EventId = eventId, DateId = dateId, Arrival = arrival, QuotaId = quotaId, Seats = seats, Name = name, Email = email, PersonId = personId,
            Status = entered ? RegistrationStatus.Entered : confirmed ? RegistrationStatus.Confirmed : RegistrationStatus.Waiting, Needs = string.Join(' ', needs), ConsentAt = now,
            EmailConfirmedAt = personId is null ? null : now, CreatedAt = now, UpdatedAt = now, IsDemo = isDemo, Language = language,
        };

    public void Offer(DateTimeOffset now, TimeSpan validFor)
    {
        Status = RegistrationStatus.Offered;
        OfferExpiresAt = now + validFor;
        UpdatedAt = now;
    }

    /// <summary>The lottery's result for the entry: its drawn place, and a seat or the waiting list.</summary>
    public void Drawn(int position, bool won, DateTimeOffset now)
    {
        DrawPosition = position;
        Status = won ? RegistrationStatus.Confirmed : RegistrationStatus.Waiting;
        UpdatedAt = now;
    }

    /// <summary>Staff waiting for their own quota are given a seat of a quota for everyone.</summary>
    public void PlaceIn(Guid? quotaId) => QuotaId = quotaId;

    public void MoveTo(string status, DateTimeOffset now)
    {
        Status = status;
        OfferExpiresAt = null;
        UpdatedAt = now;
    }

    public void ConfirmEmail(DateTimeOffset now) => EmailConfirmedAt ??= now;

    /// <summary>Removes who it was (account deleted); the entry stays so seats and the line stay explainable.</summary>
    public void Forget(DateTimeOffset now)
    {
        Name = "";
        Email = "";
        Needs = "";
        PersonId = null;
        UpdatedAt = now;
    }
}
