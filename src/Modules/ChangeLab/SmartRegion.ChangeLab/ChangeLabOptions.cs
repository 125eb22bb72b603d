namespace SmartRegion.ChangeLab;

/// <summary>
/// The <c>Modules:ChangeLab</c> section: the house rules of the co-working space. Bookings fall on whole slots between
/// opening and closing on opening days (Monday to Friday, except Bavarian public holidays).
/// </summary>
internal sealed class ChangeLabOptions
{
    public const string Section = "Modules:ChangeLab";

    /// <summary>Opening time in Europe/Berlin, e.g. <c>07:00</c>.</summary>
    public TimeOnly OpensAt { get; set; } = new(7, 0);

    /// <summary>Closing time in Europe/Berlin, e.g. <c>19:00</c>.</summary>
    public TimeOnly ClosesAt { get; set; } = new(19, 0);

    /// <summary>Length of one slot in minutes; bookings start and end on slot boundaries.</summary>
    public int SlotMinutes { get; set; } = 30;

    /// <summary>How many days ahead (counting today) a booking may lie.</summary>
    public int HorizonDays { get; set; } = 28;

    /// <summary>Most bookings one person may hold that have not ended yet (confirmed or waiting for approval).</summary>
    public int MaxBookingsPerPerson { get; set; } = 10;

    /// <summary>Minutes after its start a booking nobody checked in for is released; 0 switches the release off.</summary>
    public int NoShowMinutes { get; set; } = 30;

    /// <summary>How often the release of no-shows looks; it costs one indexed query when there is nothing to release.</summary>
    public int NoShowCheckMinutes { get; set; } = 5;

    public bool IsValid =>
        SlotMinutes is >= 5 and <= 240 && 60 * 24 % SlotMinutes == 0 && OpensAt < ClosesAt
        && (ClosesAt - OpensAt).TotalMinutes % SlotMinutes == 0 && (OpensAt.Hour * 60 + OpensAt.Minute) % SlotMinutes == 0
        && HorizonDays is >= 1 and <= 366 && MaxBookingsPerPerson is >= 1 and <= 1000
        && NoShowMinutes is >= 0 and <= 240 && NoShowCheckMinutes is >= 1 and <= 60;
}
