using System.Globalization;
using System.Text.RegularExpressions;

namespace SmartRegion.Help.Hsds;

/// <summary>
/// The built-in checks of the German profile: what the help directory needs beyond the HSDS schemas (required
/// fields it relies on, value formats), per record, reported as (JSON pointer inside the record, reason).
/// Referential integrity across records is checked by <see cref="HsdsImport"/>.
/// </summary>
internal static partial class HsdsProfile
{
    private static readonly string[] Statuses = ["active", "inactive", "defunct", "temporarily closed"];
    private static readonly string[] LocationTypes = ["physical", "postal", "virtual"];
    private static readonly string[] Frequencies = ["WEEKLY", "MONTHLY"];

    public static List<(string Pointer, string Reason)> Check(HsdsOrganization o)
    {
        var p = new Problems();
        p.Id("/id", o.Id);
        p.Required("/name", o.Name);
        p.Required("/description", o.Description);
        p.Email("/email", o.Email);
        p.Url("/website", o.Website);
        if (o.YearIncorporated is < 1000 or > 2200)
        {
            p.Add("/year_incorporated", "must be a year (four digits).");
        }

        Phones(p, o.Phones, o.Id, "organization_id", ph => ph.OrganizationId);
        return p.List;
    }

    public static List<(string Pointer, string Reason)> Check(HsdsService s)
    {
        var p = new Problems();
        p.Id("/id", s.Id);
        p.Required("/name", s.Name);
        p.Required("/organization_id", s.OrganizationId);
        if (!Statuses.Contains(s.Status, StringComparer.Ordinal))
        {
            p.Add("/status", $"must be one of {string.Join(", ", Statuses)}.");
        }

        p.Url("/url", s.Url);
        p.Email("/email", s.Email);
        if (s.AssuredDate is { } assured && !DateOnly.TryParseExact(assured, HsdsMapping.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            p.Add("/assured_date", "must be a date in the form YYYY-MM-DD.");
        }

        if (s.MinimumAge is < 0 or > 150)
        {
            p.Add("/minimum_age", "must be an age between 0 and 150.");
        }

        if (s.MaximumAge is < 0 or > 150)
        {
            p.Add("/maximum_age", "must be an age between 0 and 150.");
        }

        if (s.MinimumAge > s.MaximumAge)
        {
            p.Add("/maximum_age", "must not be below minimum_age.");
        }

        Phones(p, s.Phones, s.Id, "service_id", ph => ph.ServiceId);
        for (var i = 0; i < (s.Languages?.Count ?? 0); i++)
        {
            var l = s.Languages![i];
            p.Id($"/languages/{i}/id", l.Id);
            p.Owner($"/languages/{i}/service_id", l.ServiceId, s.Id);
            if (l.Code is { } code && !LanguageCode().IsMatch(code))
            {
                p.Add($"/languages/{i}/code", "must be an ISO 639-1 code (two lower-case letters) or an ISO 639-3 code (three).");
            }

            if (string.IsNullOrWhiteSpace(l.Name) && string.IsNullOrWhiteSpace(l.Code))
            {
                p.Add($"/languages/{i}", "needs a name or a code.");
            }
        }

        for (var i = 0; i < (s.CostOptions?.Count ?? 0); i++)
        {
            var c = s.CostOptions![i];
            p.Id($"/cost_options/{i}/id", c.Id);
            p.Owner($"/cost_options/{i}/service_id", c.ServiceId, s.Id);
            if (c.Currency is { } currency && !CurrencyCode().IsMatch(currency))
            {
                p.Add($"/cost_options/{i}/currency", "must be an ISO 4217 code (three capital letters, e.g. EUR).");
            }

            if (c.Amount is < 0)
            {
                p.Add($"/cost_options/{i}/amount", "must not be negative.");
            }
        }

        for (var i = 0; i < (s.ServiceAreas?.Count ?? 0); i++)
        {
            var a = s.ServiceAreas![i];
            p.Id($"/service_areas/{i}/id", a.Id);
            p.Owner($"/service_areas/{i}/service_id", a.ServiceId, s.Id);
            if (string.IsNullOrWhiteSpace(a.Name) && string.IsNullOrWhiteSpace(a.Description))
            {
                p.Add($"/service_areas/{i}", "needs a name or a description.");
            }
        }

        for (var i = 0; i < (s.Attributes?.Count ?? 0); i++)
        {
            var a = s.Attributes![i];
            p.Id($"/attributes/{i}/id", a.Id);
            p.Required($"/attributes/{i}/taxonomy_term_id", a.TaxonomyTermId);
            if (!string.Equals(a.LinkId, s.Id, StringComparison.Ordinal))
            {
                p.Add($"/attributes/{i}/link_id", "must be the id of the service it is listed under.");
            }

            if (a.LinkEntity is { } entity && entity != "service")
            {
                p.Add($"/attributes/{i}/link_entity", "must be \"service\" for an attribute listed under a service.");
            }
        }

        return p.List;
    }

    public static List<(string Pointer, string Reason)> Check(HsdsLocation l)
    {
        var p = new Problems();
        p.Id("/id", l.Id);
        if (!LocationTypes.Contains(l.LocationType, StringComparer.Ordinal))
        {
            p.Add("/location_type", $"must be one of {string.Join(", ", LocationTypes)}.");
        }

        if (l.Latitude is < -90 or > 90)
        {
            p.Add("/latitude", "must be between -90 and 90.");
        }

        if (l.Longitude is < -180 or > 180)
        {
            p.Add("/longitude", "must be between -180 and 180.");
        }

        if (l.Latitude.HasValue != l.Longitude.HasValue)
        {
            p.Add(l.Latitude.HasValue ? "/longitude" : "/latitude", "latitude and longitude come together or not at all.");
        }

        p.Url("/url", l.Url);
        for (var i = 0; i < (l.Addresses?.Count ?? 0); i++)
        {
            var a = l.Addresses![i];
            var at = $"/addresses/{i}";
            p.Id(at + "/id", a.Id);
            p.Owner(at + "/location_id", a.LocationId, l.Id);
            p.Required(at + "/address_1", a.Address1);
            p.Required(at + "/city", a.City);
            p.Required(at + "/state_province", a.StateProvince);
            p.Required(at + "/postal_code", a.PostalCode);
            p.Required(at + "/address_type", a.AddressType);
            if (a.Country is null || !CountryCode().IsMatch(a.Country))
            {
                p.Add(at + "/country", "must be an ISO 3166-1 alpha-2 code (e.g. DE).");
            }
        }

        for (var i = 0; i < (l.Accessibility?.Count ?? 0); i++)
        {
            var a = l.Accessibility![i];
            p.Id($"/accessibility/{i}/id", a.Id);
            p.Owner($"/accessibility/{i}/location_id", a.LocationId, l.Id);
            p.Url($"/accessibility/{i}/url", a.Url);
        }

        return p.List;
    }

    public static List<(string Pointer, string Reason)> Check(HsdsServiceAtLocation s)
    {
        var p = new Problems();
        p.Id("/id", s.Id);
        p.Required("/service_id", s.ServiceId);
        p.Required("/location_id", s.LocationId);
        for (var i = 0; i < (s.Schedules?.Count ?? 0); i++)
        {
            var x = s.Schedules![i];
            var at = $"/schedules/{i}";
            p.Id(at + "/id", x.Id);
            p.Owner(at + "/service_at_location_id", x.ServiceAtLocationId, s.Id);
            if (x.Freq is { } freq && !Frequencies.Contains(freq, StringComparer.Ordinal))
            {
                p.Add(at + "/freq", "must be WEEKLY or MONTHLY.");
            }

            if (x.Byday is { } byday && !ByDay().IsMatch(byday))
            {
                p.Add(at + "/byday", "must be a comma-separated RRULE day list such as MO,TU or 2TH,-1SU.");
            }

            if (x.OpensAt is { } opens && !Time().IsMatch(opens))
            {
                p.Add(at + "/opens_at", "must be a local time HH:MM (00:00–23:59).");
            }

            if (x.ClosesAt is { } closes && !Time().IsMatch(closes))
            {
                p.Add(at + "/closes_at", "must be a local time HH:MM (00:00–23:59).");
            }

            if (x.OpensAt is null != x.ClosesAt is null)
            {
                p.Add(at + (x.OpensAt is null ? "/opens_at" : "/closes_at"), "opens_at and closes_at come together.");
            }

            if (x.OpensAt is null && string.IsNullOrWhiteSpace(x.Description))
            {
                p.Add(at, "needs opening times (opens_at, closes_at) or a description.");
            }
        }

        return p.List;
    }

    public static List<(string Pointer, string Reason)> Check(HsdsTaxonomyTerm t)
    {
        var p = new Problems();
        p.Id("/id", t.Id);
        p.Required("/name", t.Name);
        p.Required("/description", t.Description);
        if (t.ParentId is { } parent && parent == t.Id)
        {
            p.Add("/parent_id", "a term cannot be its own parent.");
        }

        if (t.Language is { } language && !LanguageCode().IsMatch(language))
        {
            p.Add("/language", "must be an ISO 639-1 code (two lower-case letters) or an ISO 639-3 code (three).");
        }

        return p.List;
    }

    public static List<(string Pointer, string Reason)> Check(HsdsTaxonomy t)
    {
        var p = new Problems();
        p.Id("/id", t.Id);
        p.Required("/name", t.Name);
        p.Required("/description", t.Description);
        p.Url("/uri", t.Uri);
        return p.List;
    }

    private static void Phones(Problems p, IReadOnlyList<HsdsPhone>? phones, string ownerId, string ownerField, Func<HsdsPhone, string?> owner)
    {
        for (var i = 0; i < (phones?.Count ?? 0); i++)
        {
            var ph = phones![i];
            p.Id($"/phones/{i}/id", ph.Id);
            p.Owner($"/phones/{i}/{ownerField}", owner(ph), ownerId);
            p.Required($"/phones/{i}/number", ph.Number);
            if (ph.Number is { Length: > 0 } number && !PhoneNumber().IsMatch(number))
            {
                p.Add($"/phones/{i}/number", "must be a phone number (digits, spaces, +, -, /, parentheses).");
            }
        }
    }

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguageCode();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryCode();

    [GeneratedRegex("^([01][0-9]|2[0-3]):[0-5][0-9]$")]
    private static partial Regex Time();

    [GeneratedRegex("^-?[1-5]?(MO|TU|WE|TH|FR|SA|SU)(,-?[1-5]?(MO|TU|WE|TH|FR|SA|SU))*$")]
    private static partial Regex ByDay();

    [GeneratedRegex(@"^\+?[0-9][0-9 ()/\-]{2,40}$")]
    private static partial Regex PhoneNumber();

    private sealed class Problems
    {
        public List<(string Pointer, string Reason)> List { get; } = [];

        public void Add(string pointer, string reason) => List.Add((pointer, reason));

        public void Required(string pointer, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Add(pointer, "is required.");
            }
        }

        public void Id(string pointer, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Add(pointer, "is required.");
            }
            else if (value.Length > Offers.OfferLimits.Id || value.Any(char.IsWhiteSpace))
            {
                Add(pointer, $"must be an id without spaces, at most {Offers.OfferLimits.Id} characters (HSDS uses UUIDs).");
            }
        }

        public void Owner(string pointer, string? value, string ownerId)
        {
            if (value is not null && value != ownerId)
            {
                Add(pointer, "must be the id of the record it is listed under.");
            }
        }

        public void Url(string pointer, string? value)
        {
            if (value is not null && !(Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            {
                Add(pointer, "must be an absolute http(s) URL.");
            }
        }

        public void Email(string pointer, string? value)
        {
            if (value is not null && (value.Length > Offers.OfferLimits.Email || value.IndexOf('@', StringComparison.Ordinal) is < 1 || value.EndsWith('@') || value.Any(char.IsWhiteSpace)))
            {
                Add(pointer, "must be an e-mail address.");
            }
        }
    }
}
