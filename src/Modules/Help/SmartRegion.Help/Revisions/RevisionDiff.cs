using System.Globalization;
using SmartRegion.Help.Hsds;

namespace SmartRegion.Help.Revisions;

/// <summary>A field-by-field comparison of two versions of an offer, in the words of the provider form.</summary>
internal static class RevisionDiff
{
    internal sealed record Change(string Field, string? Before, string? After);

    /// <summary>The fields that differ; <paramref name="before"/> null means a new offer (every filled field is a change).</summary>
    public static IReadOnlyList<Change> Compare(HsdsFile? before, HsdsFile after)
    {
        var old = before is null ? new Dictionary<string, string?>() : Fields(before);
        var current = Fields(after);
        return [.. current.Where(f => !string.Equals(old.GetValueOrDefault(f.Key), f.Value, StringComparison.Ordinal))
            .Select(f => new Change(f.Key, old.GetValueOrDefault(f.Key), f.Value))];
    }

    public static Dictionary<string, string?> Fields(HsdsFile file)
    {
        var s = file.Services[0];
        var address = file.Locations.SelectMany(l => l.Addresses ?? []).FirstOrDefault();
        var schedules = file.ServiceAtLocations.SelectMany(l => l.Schedules ?? [])
            .Select(x => x.OpensAt is null ? x.Description : $"{x.Byday} {x.OpensAt}–{x.ClosesAt}").ToList();
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Name"] = s.Name,
            ["Description"] = s.Description,
            ["Eligibility"] = s.EligibilityDescription,
            ["MinimumAge"] = s.MinimumAge?.ToString("0", CultureInfo.InvariantCulture),
            ["MaximumAge"] = s.MaximumAge?.ToString("0", CultureInfo.InvariantCulture),
            ["Fees"] = s.FeesDescription,
            ["CostOption"] = (s.CostOptions is { Count: > 0 } co ? co[0].Option : null),
            ["Phone"] = Join(s.Phones?.Select(p => p.Number)),
            ["Email"] = s.Email,
            ["Website"] = s.Url,
            ["Category"] = Join(s.Attributes?.Where(a => a.LinkType == "category").Select(a => a.TaxonomyTermId)),
            ["Languages"] = Join(s.Languages?.Select(l => l.Code ?? l.Name)),
            ["Address"] = address is null ? null : $"{address.Address1}, {address.PostalCode} {address.City}",
            ["Hours"] = Join(schedules),
        };
    }

    private static string? Join(IEnumerable<string?>? values)
    {
        var list = values?.Where(v => !string.IsNullOrEmpty(v)).ToList();
        return list is null || list.Count == 0 ? null : string.Join("; ", list);
    }
}
