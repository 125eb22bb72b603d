namespace SmartRegion.ChangeLab.Bookings;

/// <summary>States of a booking. Confirmed and pending bookings hold their slots; the others have given them back.</summary>
internal static class BookingStatus
{
    public const string Confirmed = "confirmed";
    public const string Pending = "pending";
    public const string Rejected = "rejected";
    public const string Cancelled = "cancelled";
    public const string Released = "released";

    public static bool Holds(string status) => status is Confirmed or Pending;
}
