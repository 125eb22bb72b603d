using SmartRegion.Help.Schedules;

namespace SmartRegion.Help.Search;

/// <summary>One service as the search sees it: the HSDS service joined with its organisation, locations, schedules and categories.</summary>
internal sealed record IndexedOffer(
    string Id,
    string Name,
    string Organization,
    string Description,
    string Eligibility,
    IReadOnlyList<string> CategoryCodes,
    IReadOnlyList<string> CategoryNames,
    IReadOnlyList<OfferSite> Sites,
    IReadOnlyList<string> AreaAgs,
    bool DistrictWide,
    bool CityWide,
    bool Nationwide,
    IReadOnlyList<string> Languages,
    bool Free,
    int? MinimumAge,
    int? MaximumAge)
{
    /// <summary>The area shown for an offer without an address that covers the whole district (pages translate it).</summary>
    public const string DistrictName = "Landkreis Würzburg";

    /// <summary>The area shown for an offer without an address that is offered everywhere (pages translate it).</summary>
    public const string NationwideName = "bundesweit";

    /// <summary>The municipality to show: the first place with an address, else the widest service area.</summary>
    public string Municipality =>
        Sites.FirstOrDefault(s => s.City is not null)?.City
        ?? (Nationwide ? NationwideName : DistrictWide ? DistrictName : CityWide ? "Würzburg" : "");

    /// <summary>True for a telephone or online service offered everywhere (a national hotline).</summary>
    public bool IsHotline => Nationwide && Sites.All(s => s.Virtual);
}

/// <summary>A location of the service with what differs by location: place, accessibility, opening hours (read once at indexing).</summary>
internal sealed record OfferSite(
    string? City,
    string? Ags,
    double? Latitude,
    double? Longitude,
    bool Virtual,
    IReadOnlyList<string> Accessibility,
    IReadOnlyList<TimedRule> Hours);
