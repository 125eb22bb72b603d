using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Help.Hsds.Api;

/// <summary>The query parameters of the HSDS API (openapi.json) and the <c>Page</c> envelope of its lists.</summary>
internal static class HsdsQuery
{
    public const int DefaultPerPage = 20;
    public const int MaxPerPage = 100;

    /// <summary>Largest proximity radius in metres (the region is about 60 km across; a little room around it).</summary>
    public const int MaxProximityMeters = 500_000;

    internal sealed record Paging(int Page, int PerPage)
    {
        public int Skip => (Page - 1) * PerPage;
    }

    internal sealed record Proximity(double Latitude, double Longitude, double Meters);

    public static Paging ReadPaging(string? page, string? perPage, ValidationErrors errors)
    {
        var pageNumber = ReadInt(page, "page", 1, int.MaxValue / MaxPerPage, 1, errors);
        var size = ReadInt(perPage, "per_page", 1, MaxPerPage, DefaultPerPage, errors);
        return new Paging(pageNumber, size);
    }

    public static bool ReadBool(string? value, string name, ValidationErrors errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        if (bool.TryParse(value, out var result))
        {
            return result;
        }

        errors.Add(name, $"{name} must be true or false.");
        return false;
    }

    /// <summary>An ISO 8601 date-time (or date); without an offset it is taken as UTC.</summary>
    public static DateTimeOffset? ReadDateTime(string? value, string name, ValidationErrors errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var result)
            && value.Length >= 10 && char.IsAsciiDigit(value[0]))
        {
            return result;
        }

        errors.Add(name, $"{name} must be an ISO 8601 date-time such as 2026-01-31T00:00:00Z.");
        return null;
    }

    /// <summary>Only <c>json</c> is offered.</summary>
    public static void ReadFormat(string? value, ValidationErrors errors) =>
        errors.AddIf(value is not (null or "" or "json"), "format", "format must be json (ndjson is not offered).");

    /// <summary>
    /// HSDS: <c>proximity</c> is a radius in metres around the centroid of <c>postcode</c>. German profile: it may also
    /// be <c>lat,lon,metres</c> around a point (no postcode needed).
    /// </summary>
    public static Proximity? ReadProximity(string? value, (double Lat, double Lon)? postcodeCentroid, ValidationErrors errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var parts = value.Split(',', StringSplitOptions.TrimEntries);
        var numbers = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : (double?)null).ToList();
        if (numbers.Any(n => n is null) || parts.Length is not (1 or 3))
        {
            errors.Add("proximity", "proximity must be a radius in metres (with postcode) or latitude,longitude,metres.");
            return null;
        }

        var meters = numbers[^1]!.Value;
        if (meters is <= 0 or > MaxProximityMeters)
        {
            errors.Add("proximity", $"the radius must be more than 0 and at most {MaxProximityMeters} metres.");
            return null;
        }

        if (parts.Length == 3)
        {
            var (lat, lon) = (numbers[0]!.Value, numbers[1]!.Value);
            if (lat is < -90 or > 90 || lon is < -180 or > 180)
            {
                errors.Add("proximity", "latitude must be between -90 and 90, longitude between -180 and 180.");
                return null;
            }

            return new Proximity(lat, lon, meters);
        }

        if (postcodeCentroid is not { } centroid)
        {
            errors.Add("proximity", "a radius alone needs a postcode of the region (or give latitude,longitude,metres).");
            return null;
        }

        return new Proximity(centroid.Lat, centroid.Lon, meters);
    }

    /// <summary>
    /// HSDS <c>postcode</c> and <c>proximity</c> read together: a German postcode has five digits; a radius alone is
    /// measured from the centroid of the directory's locations with that postcode (an unknown postcode has none, which
    /// is a bad request rather than an empty answer). The postcode itself, when given, is returned checked.
    /// </summary>
    public static async Task<(string? Postcode, Proximity? Near)> ReadPlaceAsync(HelpDb db, string? postcode, string? proximity, ValidationErrors errors, CancellationToken ct)
    {
        var code = string.IsNullOrWhiteSpace(postcode) ? null : postcode.Trim();
        if (code is not null && !(code.Length == 5 && code.All(char.IsAsciiDigit)))
        {
            errors.Add("postcode", "postcode must be a German postcode of five digits, such as 97070.");
            return (null, null);
        }

        (double, double)? centroid = null;
        if (code is not null && !string.IsNullOrEmpty(proximity))
        {
            var points = await db.Locations.Where(l => l.Latitude != null && l.Longitude != null && l.Addresses.Any(a => a.PostalCode == code))
                .Select(l => new { l.Latitude, l.Longitude }).ToListAsync(ct);
            centroid = points.Count == 0 ? null : (points.Average(p => p.Latitude!.Value), points.Average(p => p.Longitude!.Value));
            errors.AddIf(points.Count == 0, "postcode", $"The postcode {code} is not known in the directory, so it has no centroid.");
        }

        return (code, ReadProximity(proximity, centroid, errors));
    }

    /// <summary>A LIKE pattern (escape character backslash) for a lower-cased substring match of the search text.</summary>
    public static string LikePattern(string search) =>
        "%" + search.Trim().ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

    /// <summary>Great-circle distance in metres.</summary>
    public static double DistanceMeters(double lat1, double lon1, double lat2, double lon2)
    {
        const double earth = 6_371_000;
        var dLat = double.DegreesToRadians(lat2 - lat1);
        var dLon = double.DegreesToRadians(lon2 - lon1);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(double.DegreesToRadians(lat1)) * Math.Cos(double.DegreesToRadians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * earth * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>The HSDS <c>Page</c> envelope.</summary>
    public static JsonObject Page(IEnumerable<JsonNode> contents, int total, Paging paging)
    {
        var items = new JsonArray([.. contents]);
        var totalPages = Math.Max(1, (total + paging.PerPage - 1) / paging.PerPage);
        return new JsonObject
        {
            ["total_items"] = total,
            ["total_pages"] = totalPages,
            ["page_number"] = paging.Page,
            ["size"] = items.Count,
            ["first_page"] = paging.Page == 1,
            ["last_page"] = paging.Page >= totalPages,
            ["empty"] = total == 0,
            ["contents"] = items,
        };
    }

    private static int ReadInt(string? value, string name, int min, int max, int fallback, ValidationErrors errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return fallback;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        errors.Add(name, $"{name} must be a whole number between {min} and {max}.");
        return fallback;
    }
}
