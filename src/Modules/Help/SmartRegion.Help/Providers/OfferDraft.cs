using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Help.Hsds;
using SmartRegion.Help.Offers;
using SmartRegion.Hub.Contracts.Municipalities;

namespace SmartRegion.Help.Providers;

/// <summary>
/// An offer as the provider form sees it: the live service with the one physical location the form edits and that
/// location's opening hours. Turns the form back into an HSDS file with that service, keeping every id and every
/// field the form does not show.
/// </summary>
internal sealed class OfferDraft
{
    private OfferDraft(HsdsService service, HsdsLocation? location, HsdsServiceAtLocation? link, bool locationShared, bool isNew)
    {
        Service = service;
        Location = location;
        Link = link;
        LocationShared = locationShared;
        IsNew = isNew;
    }

    public HsdsService Service { get; }

    public HsdsLocation? Location { get; }

    public HsdsServiceAtLocation? Link { get; }

    /// <summary>Other services are offered at the same location: a changed address gives this service a location of its own.</summary>
    public bool LocationShared { get; }

    public bool IsNew { get; }

    public static OfferDraft New(string organizationId) =>
        new(new HsdsService(NewId(), "", "active", organizationId), null, null, false, isNew: true);

    public static async Task<OfferDraft?> LoadAsync(HelpDb db, string serviceId, CancellationToken ct)
    {
        var service = await db.Services.AsNoTracking()
            .Include(s => s.Phones).Include(s => s.Languages).Include(s => s.CostOptions).Include(s => s.ServiceAreas).Include(s => s.Attributes)
            .AsSplitQuery().FirstOrDefaultAsync(s => s.Id == serviceId, ct);
        if (service is null)
        {
            return null;
        }

        var links = await db.ServiceAtLocations.AsNoTracking().Include(l => l.Schedules)
            .Where(l => l.ServiceId == serviceId).OrderBy(l => l.Id).ToListAsync(ct);
        var locationIds = links.Select(l => l.LocationId).ToList();
        var locations = await db.Locations.AsNoTracking().Include(l => l.Addresses).Include(l => l.Accessibility).AsSplitQuery()
            .Where(l => locationIds.Contains(l.Id)).ToListAsync(ct);
        var link = links.FirstOrDefault(l => locations.Any(x => x.Id == l.LocationId && x.LocationType == "physical"));
        var location = link is null ? null : locations.Single(l => l.Id == link.LocationId);
        var shared = link is not null && await db.ServiceAtLocations.AnyAsync(l => l.LocationId == link.LocationId && l.ServiceId != serviceId, ct);
        return new OfferDraft(service.ToHsds(), location?.ToHsds(), link?.ToHsds(), shared, isNew: false);
    }

    public OfferForm ToForm(IReadOnlyList<MunicipalitySummary> municipalities)
    {
        var s = Service;
        var address = (Location?.Addresses is { Count: > 0 } la ? la[0] : null);
        var categories = (s.Attributes ?? []).Where(a => a.LinkType == "category").Select(a => a.TaxonomyTermId).ToList();
        var weekly = (Link?.Schedules ?? []).Where(IsWeeklyRow).ToList();
        return new OfferForm
        {
            OrganizationId = s.OrganizationId,
            Name = s.Name,
            Description = s.Description,
            Eligibility = s.EligibilityDescription,
            MinimumAge = s.MinimumAge?.ToString("0", CultureInfo.InvariantCulture),
            MaximumAge = s.MaximumAge?.ToString("0", CultureInfo.InvariantCulture),
            Fees = s.FeesDescription,
            CostOption = (s.CostOptions is { Count: > 0 } co ? co[0].Option : null),
            Phone = (s.Phones is { Count: > 0 } ph ? ph[0].Number : null),
            Email = s.Email,
            Website = s.Url,
            Category = categories.ElementAtOrDefault(0),
            SecondCategory = categories.ElementAtOrDefault(1),
            Languages = string.Join(", ", (s.Languages ?? []).Where(l => l.Name != "Leichte Sprache" && l.Code is not null).Select(l => l.Code)),
            Street = address?.Address1,
            PostalCode = address?.PostalCode,
            Municipality = address is null ? null : municipalities.FirstOrDefault(m => string.Equals(m.Name, address.City, StringComparison.OrdinalIgnoreCase))?.Ags,
            Latitude = Location?.Latitude?.ToString(CultureInfo.InvariantCulture),
            Longitude = Location?.Longitude?.ToString(CultureInfo.InvariantCulture),
            Hours = [.. weekly.Take(OfferForm.Rows).Select(x => OfferForm.HoursRow.From(x.Byday!, x.OpensAt, x.ClosesAt))],
            ByAppointment = (Link?.Schedules ?? []).FirstOrDefault(IsAppointment)?.Description,
        }.WithRows();
    }

    /// <summary>The proposed offer as an HSDS file: the service, and the edited location and link when there is one.</summary>
    public HsdsFile Apply(OfferForm form, OfferFormRules.Parsed parsed, IReadOnlyList<MunicipalitySummary> municipalities)
    {
        var s = Service;
        var id = s.Id;
        var municipality = municipalities.FirstOrDefault(m => m.Ags == form.Municipality);
        var phones = (s.Phones ?? []).ToList();
        if (string.IsNullOrWhiteSpace(form.Phone))
        {
            phones = [.. phones.Skip(1)];
        }
        else if (phones.Count == 0)
        {
            phones.Add(new HsdsPhone(NewId(), form.Phone.Trim(), ServiceId: id));
        }
        else
        {
            phones[0] = phones[0] with { Number = form.Phone.Trim() };
        }

        var costs = (s.CostOptions ?? []).ToList();
        if (string.IsNullOrWhiteSpace(form.CostOption))
        {
            costs.Clear();
        }
        else if (costs.Count == 0 || costs[0].Option != form.CostOption)
        {
            var free = form.CostOption == "kostenlos";
            var first = new HsdsCostOption(costs.FirstOrDefault()?.Id ?? NewId(), id, form.CostOption, free ? "EUR" : null, free ? 0 : null);
            costs = [first, .. costs.Skip(1)];
        }

        var attributes = (s.Attributes ?? []).Where(a => a.LinkType != "category").ToList();
        var existingCategories = (s.Attributes ?? []).Where(a => a.LinkType == "category").ToList();
        attributes.AddRange(parsed.Categories.Select(term =>
            existingCategories.FirstOrDefault(a => a.TaxonomyTermId == term) ?? new HsdsAttribute(NewId(), id, term, "category", "service")));
        var keptLanguages = (s.Languages ?? []).Where(l => l.Name == "Leichte Sprache").ToList();
        var languages = parsed.Languages.Select(code =>
            (s.Languages ?? []).FirstOrDefault(l => l.Code == code && l.Name != "Leichte Sprache") ?? new HsdsLanguage(NewId(), id, LanguageName(code), code)).ToList();
        var areas = s.ServiceAreas;
        if ((areas is null || areas.Count == 0) && municipality is not null)
        {
            areas = [new HsdsServiceArea(NewId(), id, municipality.Name, $"AGS {municipality.Ags}")];
        }

        var service = s with
        {
            Name = form.Name!.Trim(),
            Description = Clean(form.Description),
            EligibilityDescription = Clean(form.Eligibility),
            MinimumAge = parsed.MinimumAge,
            MaximumAge = parsed.MaximumAge,
            FeesDescription = Clean(form.Fees),
            Email = Clean(form.Email),
            Url = Clean(form.Website),
            LastModified = null,
            Phones = NullIfEmpty(phones),
            CostOptions = NullIfEmpty(costs),
            Attributes = NullIfEmpty(attributes),
            Languages = NullIfEmpty([.. languages, .. keptLanguages]),
            ServiceAreas = areas,
        };

        if (municipality is null)
        {
            return new HsdsFile([], [service], [], [], []);
        }

        var location = PlaceLocation(form, parsed, municipality);
        var link = Link ?? new HsdsServiceAtLocation(NewId(), id, location.Id);
        link = link with { LocationId = location.Id, Schedules = NullIfEmpty(Schedules(form, link.Id)) };
        return new HsdsFile([], [service], [location], [link], []);
    }

    private HsdsLocation PlaceLocation(OfferForm form, OfferFormRules.Parsed parsed, MunicipalitySummary municipality)
    {
        var region = municipality.Ags == Ags.Wuerzburg ? "Stadt Würzburg" : "Landkreis Würzburg";
        var street = form.Street!.Trim();
        var postal = form.PostalCode!.Trim();
        var old = Location;
        var oldAddress = (old?.Addresses is { Count: > 0 } oa ? oa[0] : null);
        var moved = oldAddress is null || oldAddress.Address1 != street || oldAddress.PostalCode != postal || oldAddress.City != municipality.Name;
        var own = old is null || (LocationShared && moved);
        var locationId = own ? NewId() : old!.Id;
        var address = new HsdsAddress(
            own || oldAddress is null ? NewId() : oldAddress.Id, street, municipality.Name, oldAddress?.StateProvince ?? "Bayern", postal,
            oldAddress?.Country ?? "DE", oldAddress?.AddressType ?? "physical", locationId, region, own ? null : oldAddress?.Address2);
        var baseLocation = own
            ? new HsdsLocation(locationId, "physical", Service.OrganizationId, Name: form.Name!.Trim(), Accessibility: null)
            : old!;
        return baseLocation with
        {
            Id = locationId,
            Latitude = parsed.Latitude is { } lat ? (decimal)lat : null,
            Longitude = parsed.Longitude is { } lon ? (decimal)lon : null,
            Addresses = [address, .. (own ? [] : (old!.Addresses ?? []).Skip(1))],
            Accessibility = own ? null : old!.Accessibility,
        };
    }

    private List<HsdsSchedule> Schedules(OfferForm form, string linkId)
    {
        var existing = (Link?.Schedules ?? []).ToList();
        var weekly = existing.Where(IsWeeklyRow).ToList();
        var appointment = existing.FirstOrDefault(IsAppointment);
        var kept = existing.Where(x => !IsWeeklyRow(x) && !IsAppointment(x)).ToList();
        var rows = form.Hours.Take(OfferForm.Rows).Where(r => !r.IsEmpty).ToList();
        var result = rows.Select((r, i) => new HsdsSchedule(
            weekly.ElementAtOrDefault(i)?.Id ?? NewId(), linkId, "WEEKLY", r.ByDay, r.Opens!.Trim(), r.Closes!.Trim(),
            weekly.ElementAtOrDefault(i)?.Description, weekly.ElementAtOrDefault(i)?.Notes)).ToList();
        if (!string.IsNullOrWhiteSpace(form.ByAppointment))
        {
            result.Add(new HsdsSchedule(appointment?.Id ?? NewId(), linkId, Description: form.ByAppointment.Trim(), Notes: appointment?.Notes));
        }

        return [.. result, .. kept];
    }

    /// <summary>A weekly time range on plain days: what a form row shows.</summary>
    private static bool IsWeeklyRow(HsdsSchedule x) =>
        x.Freq == "WEEKLY" && x.OpensAt is not null && x.ClosesAt is not null && x.Byday is { Length: > 0 } days
        && days.Split(',').All(d => OfferForm.Days.Contains(d, StringComparer.Ordinal));

    private static bool IsAppointment(HsdsSchedule x) => x.OpensAt is null && x.Freq is null && !string.IsNullOrWhiteSpace(x.Description);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static IReadOnlyList<T>? NullIfEmpty<T>(IReadOnlyList<T> items) => items.Count == 0 ? null : items;

    private static string NewId() => Guid.NewGuid().ToString();

    private static string? LanguageName(string code) => code switch
    {
        "de" => "Deutsch",
        "en" => "Englisch",
        "tr" => "Türkisch",
        "ar" => "Arabisch",
        "uk" => "Ukrainisch",
        "ru" => "Russisch",
        "fa" => "Persisch",
        "pl" => "Polnisch",
        "ro" => "Rumänisch",
        "fr" => "Französisch",
        "gsg" => "Deutsche Gebärdensprache",
        _ => null,
    };
}
