using Microsoft.EntityFrameworkCore;
using SmartRegion.OpenData.Datasets;

namespace SmartRegion.OpenData.Ckan;

/// <summary>
/// CKAN's <c>package_list</c> (names of the published datasets, by name) and <c>current_package_list_with_resources</c>
/// (whole dataset dictionaries, newest change first), both with <c>limit</c> and <c>offset</c>.
/// </summary>
internal static class ListPackages
{
    public const string Action = "package_list";
    public const string WithResourcesAction = "current_package_list_with_resources";

    public static async Task<Microsoft.AspNetCore.Http.IResult> HandleAsync(CkanCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var errors = new Dictionary<string, string[]>();
        var limit = SearchPackages.Integer(call.Input, "limit", int.MaxValue, 0, errors, call.Text);
        var offset = SearchPackages.Integer(call.Input, "offset", 0, 0, errors, call.Text);
        if (errors.Count > 0)
        {
            return call.Invalid(errors);
        }

        var snapshot = await call.SnapshotAsync();
        return call.Ok(snapshot.Rows.Select(r => r.Name).Order(StringComparer.Ordinal).Skip(offset).Take(limit).ToList());
    }

    public static async Task<Microsoft.AspNetCore.Http.IResult> WithResourcesAsync(CkanCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var errors = new Dictionary<string, string[]>();
        var limit = SearchPackages.Integer(call.Input, "limit", 10, 0, errors, call.Text);
        var offset = SearchPackages.Integer(call.Input, "offset", 0, 0, errors, call.Text);
        var page = SearchPackages.Integer(call.Input, "page", 0, 1, errors, call.Text);
        if (errors.Count > 0)
        {
            return call.Invalid(errors);
        }

        limit = Math.Min(limit, SearchPackages.MaxRows);
        if (page > 0)
        {
            offset = (page - 1) * limit;
        }

        var snapshot = await call.SnapshotAsync();
        var rows = snapshot.Rows.Skip(offset).Take(limit).ToList();
        var ids = rows.Select(r => r.Id).ToList();
        var datasets = await call.Db.Datasets.AsNoTracking().Include(d => d.Distributions)
            .Where(d => ids.Contains(d.Id) && d.Status == DatasetStatus.Published).ToDictionaryAsync(d => d.Id, call.CancellationToken);
        return call.Ok(rows.Where(r => datasets.ContainsKey(r.Id)).Select(r => PackageDicts.Package(datasets[r.Id], r.Organization,
            snapshot.OrganizationCreated.GetValueOrDefault(r.Organization.Id), call.BaseUrl, CkanCall.Language)).ToList());
    }
}
