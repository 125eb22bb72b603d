namespace SmartRegion.Events.Calendar;

/// <summary>
/// An event of a municipality, office, club or provider: it belongs to one municipality (whose staff manage it) and
/// may name the Hub organisation that runs it (whose members manage it too). Draft, then published, then perhaps
/// cancelled; its dates are <see cref="EventDate"/> rows.
/// </summary>
internal sealed class Event
{
    public const int MaxTitle = 200;
    public const int MaxText = 8_000;
    public const int MaxShort = 500;
    public const int MaxSlug = 90;
    public const int MaxOutcome = 8_000;

    private Event()
    {
    }

    public Guid Id { get; private set; }

    public string Slug { get; private set; } = "";

    public string MunicipalityAgs { get; private set; } = "";

    /// <summary>The Hub organisation that runs the event; null when the municipality itself does.</summary>
    public Guid? OrganisationId { get; private set; }

    public string Status { get; private set; } = EventStatus.Draft;

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    public string? Agenda { get; private set; }

    public string? Audience { get; private set; }

    /// <summary>One of <see cref="Topics"/>.</summary>
    public string Topic { get; private set; } = Topics.Community;

    /// <summary>One of <see cref="AttendanceModes"/>.</summary>
    public string Mode { get; private set; } = AttendanceModes.InPerson;

    public Guid? PlaceId { get; private set; }

    public string? OnlineUrl { get; private set; }

    /// <summary>The fee in euros; 0 when free of charge.</summary>
    public decimal Cost { get; private set; }

    /// <summary>Seats per date when people register; null when no registration is needed.</summary>
    public int? Capacity { get; private set; }

    /// <summary>How long before a date starts registration closes.</summary>
    public int RegistrationClosesHoursBefore { get; private set; }

    public string? CancelReason { get; private set; }

    public bool IsDemo { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Stored beside the fee so the calendar filters on it in SQL on either database.</summary>
    public bool IsFree { get; private set; }

    /// <summary>„Ergebnisse und Protokoll“: what came of the event, written by its organisers after a date has ended.</summary>
    public string? OutcomeText { get; private set; }

    /// <summary>An https link to the minutes document; only with <see cref="OutcomeText"/>.</summary>
    public string? OutcomeDocumentUrl { get; private set; }

    public DateTimeOffset? OutcomePublishedAt { get; private set; }

    public DateTimeOffset? OutcomeUpdatedAt { get; private set; }

    /// <summary>How seats are given out: one of <see cref="Allocations"/>; first come, first served unless the organisers chose the lottery.</summary>
    public string Allocation { get; private set; } = Allocations.FirstCome;

    /// <summary>With the lottery: when the organisers want it drawn; null draws each date when its registration closes.</summary>
    public DateTimeOffset? DrawAt { get; private set; }

    public bool TakesRegistrations => Capacity is not null;

    public bool IsLottery => Allocation == Allocations.Lottery;

    /// <summary>When the lottery of a date is due: the chosen draw time, or the date's registration deadline if that comes first.</summary>
    public DateTimeOffset DrawDueFor(DateTimeOffset dateStarts)
    {
        var closes = dateStarts.AddHours(-RegistrationClosesHoursBefore);
        return DrawAt is { } at && at < closes ? at : closes;
    }

    public void ChooseAllocation(string allocation, DateTimeOffset? drawAt, DateTimeOffset now)
    {
        Allocation = allocation;
        DrawAt = allocation == Allocations.Lottery ? drawAt : null;
        UpdatedAt = now;
    }

    public static Event Create(string slug, string municipalityAgs, Guid? organisationId, EventFields fields, bool isDemo, DateTimeOffset now)
    {
        var item = new Event { Id = Guid.NewGuid(), Slug = slug, MunicipalityAgs = municipalityAgs, OrganisationId = organisationId, IsDemo = isDemo, CreatedAt = now };
        item.Change(fields, now);
        return item;
    }

    public void Change(EventFields fields, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(fields);
        Title = fields.Title;
        Description = fields.Description;
        Agenda = fields.Agenda;
        Audience = fields.Audience;
        Topic = fields.Topic;
        Mode = fields.Mode;
        PlaceId = fields.PlaceId;
        OnlineUrl = fields.OnlineUrl;
        Cost = fields.Cost;
        IsFree = fields.Cost == 0;
        Capacity = fields.Capacity;
        RegistrationClosesHoursBefore = fields.RegistrationClosesHoursBefore;
        UpdatedAt = now;
    }

    public bool Publish(DateTimeOffset now)
    {
        if (Status != EventStatus.Draft)
        {
            return false;
        }

        Status = EventStatus.Published;
        UpdatedAt = now;
        return true;
    }

    public bool Cancel(string reason, DateTimeOffset now)
    {
        if (Status == EventStatus.Cancelled)
        {
            return false;
        }

        Status = EventStatus.Cancelled;
        CancelReason = reason;
        UpdatedAt = now;
        return true;
    }

    /// <summary>Writes or replaces the outcomes; the first writing is the time they were published.</summary>
    public void WriteOutcome(string text, string? documentUrl, DateTimeOffset now)
    {
        OutcomeText = text;
        OutcomeDocumentUrl = documentUrl;
        OutcomePublishedAt ??= now;
        OutcomeUpdatedAt = now;
    }
}
