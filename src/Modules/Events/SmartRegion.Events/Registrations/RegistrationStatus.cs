namespace SmartRegion.Events.Registrations;

/// <summary>
/// Confirmed and offered hold seats; waiting is in line by arrival; cancelled, declined, expired (an offer not taken in
/// time) and lapsed (an e-mail address not confirmed in time) hold nothing and
/// are kept so the organiser's list and the person's link still say what happened.
/// </summary>
internal static class RegistrationStatus
{
    public const string Confirmed = "confirmed";
    public const string Waiting = "waiting";
    public const string Offered = "offered";
    public const string Cancelled = "cancelled";
    public const string Declined = "declined";
    public const string Expired = "expired";
    public const string Lapsed = "lapsed";

    /// <summary>Takes part in the date's lottery; holds no seat until the draw.</summary>
    public const string Entered = "entered";

    public static bool HoldsSeat(string status) => status is Confirmed or Offered;

    public static bool IsActive(string status) => status is Confirmed or Offered or Waiting or Entered;
}
