using Microsoft.EntityFrameworkCore;
using SmartRegion.Help.Schedules;
using SmartRegion.Kernel.Web;

namespace SmartRegion.Help.Offers;

/// <summary>
/// One offer with everything a person needs to act on it: what, for whom, cost, how to reach it, where and when
/// (with „jetzt geöffnet“ at the given instant). The offer page and its print view show it; the JSON form is the HSDS
/// service record of the read API.
/// </summary>
internal static class GetOffer
{
    internal sealed record Details(
        string Id,
        string Name,
        string? AlternateName,
        string Status,
        string OrganizationName,
        string? OrganizationWebsite,
        string? Description,
        string? Eligibility,
        decimal? MinimumAge,
        decimal? MaximumAge,
        string? ApplicationProcess,
        string? FeesDescription,
        IReadOnlyList<Cost> Costs,
        IReadOnlyList<PhoneNumber> Phones,
        string? Email,
        string? Website,
        IReadOnlyList<Spoken> Languages,
        string? InterpretationServices,
        IReadOnlyList<Place> Places,
        bool IsNationwide,
        IReadOnlyList<string> ServiceAreas,
        IReadOnlyList<Category> Categories,
        DateOnly? AssuredDate,
        bool IsFresh);

    internal sealed record Cost(string? Option, decimal? Amount, string? Currency, string? AmountDescription);

    internal sealed record PhoneNumber(string Number, string? Description)
    {
        /// <summary>The <c>tel:</c> link: digits and a leading plus only.</summary>
        public string Href => OfferLinks.Tel(Number);
    }

    internal sealed record Spoken(string? Name, string? Code, string? Note)
    {
        public bool IsEasyLanguage => string.Equals(Name, "Leichte Sprache", StringComparison.OrdinalIgnoreCase);

        public bool IsSignLanguage => string.Equals(Code, "gsg", StringComparison.OrdinalIgnoreCase);
    }

    internal sealed record Place(
        string LocationId,
        string? Name,
        string? Note,
        bool IsVirtual,
        string? Street,
        string? PostalCode,
        string? City,
        double? Latitude,
        double? Longitude,
        string? Transportation,
        string? Url,
        IReadOnlyList<AccessibilityNote> Accessibility,
        IReadOnlyList<OpeningRule> Hours,
        OpenState OpenNow)
    {
        public string? MapHref => OfferLinks.OpenStreetMap(Latitude, Longitude);
    }

    internal sealed record AccessibilityNote(string? Description, string? Details);

    internal sealed record Category(string? Code, string Name);

    /// <summary>The offer, or null when the id is malformed, unknown or the offer is no longer listed.</summary>
    public static async Task<Details?> ExecuteAsync(string id, HelpDb db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > OfferLimits.Id || TextInput.HasControlCharacters(id))
        {
            return null;
        }

        var service = await db.Services.AsNoTracking()
            .Include(s => s.Phones).Include(s => s.Languages).Include(s => s.CostOptions).Include(s => s.ServiceAreas).Include(s => s.Attributes)
            .AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (service is null || IsDelisted(service.Status))
        {
            return null;
        }

        var organization = await db.Organizations.AsNoTracking().Include(o => o.Phones)
            .FirstAsync(o => o.Id == service.OrganizationId, cancellationToken);
        var links = await db.ServiceAtLocations.AsNoTracking().Include(l => l.Schedules)
            .Where(l => l.ServiceId == id).OrderBy(l => l.Id).ToListAsync(cancellationToken);
        var locationIds = links.Select(l => l.LocationId).ToList();
        var locations = await db.Locations.AsNoTracking().Include(l => l.Addresses).Include(l => l.Accessibility).AsSplitQuery()
            .Where(l => locationIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
        var termIds = service.Attributes.Select(a => a.TaxonomyTermId).ToList();
        var categories = await db.TaxonomyTerms.AsNoTracking().Where(t => termIds.Contains(t.Id))
            .OrderBy(t => t.Name).Select(t => new Category(t.Code, t.Name)).ToListAsync(cancellationToken);

        var now = time.GetUtcNow();
        var phones = (service.Phones.Count > 0 ? service.Phones : organization.Phones)
            .OrderBy(p => p.Position).Select(p => new PhoneNumber(p.Number, p.Description)).ToList();
        var places = links
            .Where(l => locations.ContainsKey(l.LocationId))
            .Select(l => ToPlace(l, locations[l.LocationId], now))
            // Places with an address first, in the order people would visit them; phone and online last.
            .OrderBy(p => p.IsVirtual).ThenBy(p => p.City, StringComparer.CurrentCulture).ThenBy(p => p.Name, StringComparer.CurrentCulture)
            .ToList();

        return new Details(
            service.Id, service.Name, service.AlternateName, service.Status, organization.Name, organization.Website,
            service.Description, service.EligibilityDescription, service.MinimumAge, service.MaximumAge, service.ApplicationProcess,
            service.FeesDescription,
            [.. service.CostOptions.OrderBy(c => c.Position).Select(c => new Cost(c.Option, c.Amount, c.Currency, c.AmountDescription))],
            phones,
            service.Email ?? organization.Email,
            service.Url ?? organization.Website,
            [.. service.Languages.OrderBy(l => l.Position).Select(l => new Spoken(l.Name, l.Code, l.Note))],
            service.InterpretationServices,
            places,
            service.IsNationwide,
            [.. service.ServiceAreas.OrderBy(a => a.Position).Select(a => a.Name).OfType<string>()],
            categories,
            service.AssuredDate,
            service.IsFresh(DateOnly.FromDateTime(OpeningHours.LocalTime(now))));
    }

    /// <summary>HSDS statuses of offers that are no longer shown to the public.</summary>
    public static bool IsDelisted(string status) =>
        status.Equals("inactive", StringComparison.OrdinalIgnoreCase) || status.Equals("defunct", StringComparison.OrdinalIgnoreCase);

    private static Place ToPlace(ServiceAtLocation link, Location location, DateTimeOffset now)
    {
        var address = location.Addresses.OrderBy(a => a.Position).FirstOrDefault();
        var hours = link.Schedules.OrderBy(s => s.Position)
            .Select(s => new OpeningRule(s.Freq, s.Byday, s.OpensAt, s.ClosesAt, s.Description, s.Notes)).ToList();
        return new Place(
            location.Id,
            location.Name,
            link.Description,
            string.Equals(location.LocationType, "virtual", StringComparison.OrdinalIgnoreCase),
            address is null ? null : string.Join(", ", new[] { address.Address1, address.Address2 }.Where(s => !string.IsNullOrWhiteSpace(s))),
            address?.PostalCode,
            address?.City,
            location.Latitude,
            location.Longitude,
            location.Transportation,
            location.Url,
            [.. location.Accessibility.OrderBy(a => a.Position).Select(a => new AccessibilityNote(a.Description, a.Details))],
            hours,
            OpeningHours.StateAt(hours, now));
    }
}
