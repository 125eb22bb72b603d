using System.Globalization;
using SmartRegion.Help.Offers;

namespace SmartRegion.Help.Hsds;

/// <summary>Between the HSDS wire records and the stored entities; the German profile's derived columns are left alone.</summary>
internal static class HsdsMapping
{
    public const string DateFormat = "yyyy-MM-dd";

    public static Organization ToEntity(this HsdsOrganization o, DateTimeOffset now) => new()
    {
        Id = o.Id,
        Name = o.Name,
        AlternateName = o.AlternateName,
        Description = o.Description,
        Email = o.Email,
        Website = o.Website,
        LegalStatus = o.LegalStatus,
        YearIncorporated = o.YearIncorporated,
        LastModified = now,
        Phones = [.. (o.Phones ?? []).Select((p, i) => p.ToEntity(i, organizationId: o.Id, serviceId: null))],
    };

    public static Service ToEntity(this HsdsService s, DateTimeOffset now) => new()
    {
        Id = s.Id,
        OrganizationId = s.OrganizationId ?? "",
        Name = s.Name,
        AlternateName = s.AlternateName,
        Description = s.Description,
        Url = s.Url,
        Email = s.Email,
        Status = s.Status,
        InterpretationServices = s.InterpretationServices,
        ApplicationProcess = s.ApplicationProcess,
        FeesDescription = s.FeesDescription,
        EligibilityDescription = s.EligibilityDescription,
        MinimumAge = s.MinimumAge,
        MaximumAge = s.MaximumAge,
        AssuredDate = s.AssuredDate is { } assured ? DateOnly.ParseExact(assured, DateFormat, CultureInfo.InvariantCulture) : null,
        LastModified = s.LastModified ?? now,
        Phones = [.. (s.Phones ?? []).Select((p, i) => p.ToEntity(i, organizationId: null, serviceId: s.Id))],
        Languages = [.. (s.Languages ?? []).Select((l, i) => new Language { Id = l.Id, ServiceId = s.Id, Name = l.Name, Code = l.Code, Note = l.Note, Position = i })],
        CostOptions = [.. (s.CostOptions ?? []).Select((c, i) => new CostOption
        {
            Id = c.Id, ServiceId = s.Id, Option = c.Option, Currency = c.Currency, Amount = c.Amount, AmountDescription = c.AmountDescription, Position = i,
        })],
        ServiceAreas = [.. (s.ServiceAreas ?? []).Select((a, i) => new ServiceArea { Id = a.Id, ServiceId = s.Id, Name = a.Name, Description = a.Description, Position = i })],
        Attributes = [.. (s.Attributes ?? []).Select((a, i) => new ServiceAttribute
        {
            Id = a.Id, ServiceId = s.Id, TaxonomyTermId = a.TaxonomyTermId, LinkType = a.LinkType, LinkEntity = a.LinkEntity, Value = a.Value, Position = i,
        })],
    };

    public static Location ToEntity(this HsdsLocation l, DateTimeOffset now) => new()
    {
        Id = l.Id,
        LocationType = l.LocationType,
        OrganizationId = l.OrganizationId,
        Name = l.Name,
        Description = l.Description,
        Transportation = l.Transportation,
        Latitude = l.Latitude is { } lat ? (double)lat : null,
        Longitude = l.Longitude is { } lon ? (double)lon : null,
        Url = l.Url,
        LastModified = now,
        Addresses = [.. (l.Addresses ?? []).Select((a, i) => new Address
        {
            Id = a.Id, LocationId = l.Id, Address1 = a.Address1, Address2 = a.Address2, City = a.City, Region = a.Region,
            StateProvince = a.StateProvince, PostalCode = a.PostalCode, Country = a.Country, AddressType = a.AddressType, Position = i,
        })],
        Accessibility = [.. (l.Accessibility ?? []).Select((a, i) => new Accessibility
        {
            Id = a.Id, LocationId = l.Id, Description = a.Description, Details = a.Details, Url = a.Url, Position = i,
        })],
    };

    public static ServiceAtLocation ToEntity(this HsdsServiceAtLocation s) => new()
    {
        Id = s.Id,
        ServiceId = s.ServiceId,
        LocationId = s.LocationId,
        Description = s.Description,
        Schedules = [.. (s.Schedules ?? []).Select((x, i) => new Schedule
        {
            Id = x.Id, ServiceAtLocationId = s.Id, Freq = x.Freq, Byday = x.Byday, OpensAt = x.OpensAt, ClosesAt = x.ClosesAt,
            Description = x.Description, Notes = x.Notes, Position = i,
        })],
    };

    public static TaxonomyTerm ToEntity(this HsdsTaxonomyTerm t, DateTimeOffset now) => new()
    {
        Id = t.Id,
        Code = t.Code,
        Name = t.Name,
        Description = t.Description,
        ParentId = t.ParentId,
        Taxonomy = t.Taxonomy,
        TaxonomyId = t.TaxonomyId,
        EffectiveTaxonomyId = t.TaxonomyId ?? (t.Taxonomy is { Length: > 0 } name ? Taxonomy.IdForName(name) : null),
        Language = t.Language,
        LastModified = now,
    };

    public static Taxonomy ToEntity(this HsdsTaxonomy t) => new()
    {
        Id = t.Id, Name = t.Name, Description = t.Description, Uri = t.Uri, Version = t.Version, IsDerived = false,
    };

    private static Phone ToEntity(this HsdsPhone p, int position, string? organizationId, string? serviceId) => new()
    {
        Id = p.Id, OrganizationId = organizationId, ServiceId = serviceId, Number = p.Number, Type = p.Type, Description = p.Description, Position = position,
    };

    public static HsdsOrganization ToHsds(this Organization o) => new(
        o.Id, o.Name, o.Description, o.Email, o.Website, o.LegalStatus, o.YearIncorporated, o.AlternateName,
        NullIfEmpty([.. o.Phones.OrderBy(p => p.Position).Select(p => p.ToHsds())]));

    public static HsdsService ToHsds(this Service s) => new(
        s.Id, s.Name, s.Status, s.OrganizationId, s.Description, s.Url, s.Email, s.InterpretationServices, s.ApplicationProcess,
        s.FeesDescription, s.EligibilityDescription, s.MinimumAge, s.MaximumAge,
        s.AssuredDate?.ToString(DateFormat, CultureInfo.InvariantCulture), s.LastModified, s.AlternateName,
        NullIfEmpty([.. s.Phones.OrderBy(p => p.Position).Select(p => p.ToHsds())]),
        NullIfEmpty([.. s.Languages.OrderBy(l => l.Position).Select(l => new HsdsLanguage(l.Id, l.ServiceId, l.Name, l.Code, l.Note))]),
        NullIfEmpty([.. s.CostOptions.OrderBy(c => c.Position).Select(c => new HsdsCostOption(c.Id, c.ServiceId, c.Option, c.Currency, c.Amount, c.AmountDescription))]),
        NullIfEmpty([.. s.ServiceAreas.OrderBy(a => a.Position).Select(a => new HsdsServiceArea(a.Id, a.ServiceId, a.Name, a.Description))]),
        NullIfEmpty([.. s.Attributes.OrderBy(a => a.Position).Select(a => new HsdsAttribute(a.Id, a.ServiceId, a.TaxonomyTermId, a.LinkType, a.LinkEntity, a.Value))]));

    public static HsdsLocation ToHsds(this Location l) => new(
        l.Id, l.LocationType, l.OrganizationId, l.Name, l.Description, l.Transportation,
        l.Latitude is { } lat ? (decimal)lat : null, l.Longitude is { } lon ? (decimal)lon : null, l.Url,
        NullIfEmpty([.. l.Addresses.OrderBy(a => a.Position).Select(a => new HsdsAddress(
            a.Id, a.Address1, a.City, a.StateProvince, a.PostalCode, a.Country, a.AddressType, a.LocationId, a.Region, a.Address2))]),
        NullIfEmpty([.. l.Accessibility.OrderBy(a => a.Position).Select(a => new HsdsAccessibility(a.Id, a.LocationId, a.Description, a.Details, a.Url))]));

    public static HsdsServiceAtLocation ToHsds(this ServiceAtLocation s) => new(
        s.Id, s.ServiceId, s.LocationId, s.Description,
        NullIfEmpty([.. s.Schedules.OrderBy(x => x.Position).Select(x => new HsdsSchedule(
            x.Id, x.ServiceAtLocationId, x.Freq, x.Byday, x.OpensAt, x.ClosesAt, x.Description, x.Notes))]));

    public static HsdsTaxonomyTerm ToHsds(this TaxonomyTerm t) =>
        new(t.Id, t.Name, t.Description, t.Code, t.ParentId, t.Taxonomy, t.Language, t.TaxonomyId);

    public static HsdsTaxonomy ToHsds(this Taxonomy t) => new(t.Id, t.Name, t.Description, t.Uri, t.Version);

    private static HsdsPhone ToHsds(this Phone p) => new(p.Id, p.Number, p.OrganizationId, p.ServiceId, null, p.Type, p.Description);

    private static IReadOnlyList<T>? NullIfEmpty<T>(IReadOnlyList<T> items) => items.Count == 0 ? null : items;
}
