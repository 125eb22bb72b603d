namespace SmartRegion.Help.Offers;

/// <summary>Column lengths of the help directory's tables.</summary>
internal static class OfferLimits
{
    /// <summary>HSDS ids: UUIDs (36 characters); a little room for other id schemes.</summary>
    public const int Id = 64;

    public const int Name = 300;

    public const int Short = 100;

    public const int Url = 2000;

    public const int Email = 254;

    public const int Text = 8000;

    public const int Ags = 8;
}
