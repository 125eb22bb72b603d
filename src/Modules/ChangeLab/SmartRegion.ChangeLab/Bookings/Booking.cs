namespace SmartRegion.ChangeLab.Bookings;

/// <summary>
/// One person's booking of one resource for one stretch of time on one day. The slots it holds are rows of
/// <see cref="BookingUnit"/>: their key is what keeps two bookings of the same resource from overlapping.
/// </summary>
internal sealed class Booking
{
    public const int MaxName = 200;

    private Booking()
    {
    }

    public Guid Id { get; private set; }

    public Guid BookableId { get; private set; }

    /// <summary>The weekly series the booking belongs to, if any.</summary>
    public Guid? SeriesId { get; private set; }

    public Guid PersonId { get; private set; }

    /// <summary>The name the person chose to be shown, for colleagues and approvers.</summary>
    public string PersonName { get; private set; } = "";

    public DateOnly Day { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public string Status { get; private set; } = BookingStatus.Confirmed;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>When the person said they are there; a booking without it is released soon after it starts.</summary>
    public DateTimeOffset? CheckedInAt { get; private set; }

    public const int MaxReason = 1000;

    public Guid? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>Why an approver declined; shown to the person who asked.</summary>
    public string? DecisionReason { get; private set; }

    public List<BookingUnit> Units { get; private set; } = [];

    public static Booking Create(Guid bookableId, Guid person, string personName, DateOnly day, DateTimeOffset startsAt, DateTimeOffset endsAt,
        bool needsApproval, IEnumerable<DateTimeOffset> slots, DateTimeOffset now, Guid? seriesId = null)
    {
        var booking = new Booking
        {
            Id = Guid.NewGuid(),
            BookableId = bookableId,
            PersonId = person,
            PersonName = personName.Length > MaxName ? personName[..MaxName] : personName,
            Day = day,
            StartsAt = startsAt,
            EndsAt = endsAt,
            Status = needsApproval ? BookingStatus.Pending : BookingStatus.Confirmed,
            CreatedAt = now,
            SeriesId = seriesId,
        };
        booking.Units = [.. slots.Select(s => new BookingUnit(bookableId, s, booking.Id))];
        return booking;
    }

    /// <summary>Gives the slots back; the booking stays as a record of what was planned.</summary>
    public void Cancel(DateTimeOffset now)
    {
        Status = BookingStatus.Cancelled;
        ClosedAt = now;
        Units.Clear();
    }

    public void CheckIn(DateTimeOffset now) => CheckedInAt = now;

    /// <summary>Nobody came: the slots are given back so colleagues can use the rest of the time.</summary>
    public void Release(DateTimeOffset now)
    {
        Status = BookingStatus.Released;
        ClosedAt = now;
        Units.Clear();
    }

    public void Approve(Guid approver, DateTimeOffset now)
    {
        Status = BookingStatus.Confirmed;
        DecidedBy = approver;
        DecidedAt = now;
    }

    /// <summary>Declines with a reason and gives the slots back.</summary>
    public void Decline(Guid approver, string reason, DateTimeOffset now)
    {
        Status = BookingStatus.Rejected;
        DecidedBy = approver;
        DecidedAt = now;
        DecisionReason = reason;
        ClosedAt = now;
        Units.Clear();
    }

    /// <summary>For a deleted account: the booking stays (the room was used) but no longer names the person.</summary>
    public void ForgetPerson(Guid person)
    {
        if (DecidedBy == person)
        {
            DecidedBy = null;
        }

        if (PersonId != person)
        {
            return;
        }

        PersonId = Guid.Empty;
        PersonName = "";
    }
}

/// <summary>
/// One slot of one resource held by a booking. The primary key (resource, slot start) makes a second booking of the
/// same slot impossible on either database, whatever the load and however many nodes write.
/// </summary>
internal sealed record BookingUnit(Guid BookableId, DateTimeOffset SlotStart, Guid BookingId);
