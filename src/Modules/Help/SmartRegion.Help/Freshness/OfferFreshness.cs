namespace SmartRegion.Help.Freshness;

/// <summary>
/// An offer not confirmed by its provider for six months is marked "veraltet?" everywhere it is shown, and its
/// owners are reminded. One rule, used by the provider list, the staff queue, the public offer page and the job.
/// </summary>
internal static class OfferFreshness
{
    public const int Months = 6;

    /// <summary>True when <paramref name="assured"/> (the HSDS assured_date) lies more than six months before today (Europe/Berlin).</summary>
    public static bool IsStale(DateOnly assured, DateTimeOffset now) => assured < Today(now).AddMonths(-Months);

    /// <summary>An offer never confirmed counts as stale.</summary>
    public static bool IsStale(DateOnly? assured, DateTimeOffset now) => assured is not { } a || IsStale(a, now);

    /// <summary>The last assured date that still counts as fresh; older is stale.</summary>
    public static DateOnly StaleBefore(DateTimeOffset now) => Today(now).AddMonths(-Months);

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(Ui.Components.BerlinTime.ToBerlin(now).DateTime);
}
