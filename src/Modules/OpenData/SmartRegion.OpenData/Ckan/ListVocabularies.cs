using SmartRegion.OpenData.Vocabularies;

namespace SmartRegion.OpenData.Ckan;

/// <summary>
/// CKAN's <c>group_list</c> (the EU data themes), <c>tag_list</c> (keywords of published datasets, <c>query</c> filters
/// them) and <c>license_list</c> (the dcat-ap.de licences the catalogue accepts); lists with <c>all_fields</c> give dictionaries.
/// </summary>
internal static class ListVocabularies
{
    public const string GroupAction = "group_list";
    public const string TagAction = "tag_list";
    public const string LicenseAction = "license_list";

    internal sealed record CkanLicense(
        string Id, string Title, string Url, string OdConformance, string OsdConformance, bool DomainContent, bool DomainData,
        bool DomainSoftware, string Family, string Maintainer, string Status, bool IsOkdCompliant, bool IsOsiCompliant, bool RequiresAttribution);

    public static async Task<Microsoft.AspNetCore.Http.IResult> GroupsAsync(CkanCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var snapshot = await call.SnapshotAsync();
        var codes = Themes.Codes.OrderBy(c => c, StringComparer.Ordinal).ToList();
        if (!call.Flag("all_fields"))
        {
            return call.Ok(codes.Select(c => c.ToLowerInvariant()).ToList());
        }

        var counts = snapshot.Rows.SelectMany(r => r.Groups).GroupBy(g => g).ToDictionary(g => g.Key, g => g.Count());
        return call.Ok(codes.Select(c => PackageDicts.Group(c, CkanCall.Language, counts.GetValueOrDefault(c.ToLowerInvariant()))).ToList());
    }

    public static async Task<Microsoft.AspNetCore.Http.IResult> TagsAsync(CkanCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var snapshot = await call.SnapshotAsync();
        var query = call.Input.Text("query")?.Trim() ?? "";
        var tags = snapshot.Rows.SelectMany(r => r.Tags).Distinct(StringComparer.Ordinal)
            .Where(t => query.Length == 0 || t.Contains(query, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).ToList();
        return call.Flag("all_fields") ? call.Ok(tags.Select(PackageDicts.Tag).ToList()) : call.Ok(tags);
    }

    public static Task<Microsoft.AspNetCore.Http.IResult> LicensesAsync(CkanCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return Task.FromResult(call.Ok(Licences.All.Select(l => new CkanLicense(
            l.Code, l.Name, l.Url, "approved", "not reviewed", false, true, false, "", "", "active", true, false, l.RequiresAttribution)).ToList()));
    }
}
