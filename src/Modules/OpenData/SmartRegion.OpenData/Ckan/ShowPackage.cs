using Microsoft.EntityFrameworkCore;
using SmartRegion.OpenData.Datasets;

namespace SmartRegion.OpenData.Ckan;

/// <summary>
/// CKAN's <c>package_show</c>: a dataset by id or name. Anyone sees published datasets; drafts and withdrawn datasets
/// only a caller with a token of the dataset's municipality (as CKAN shows private datasets to their organisation).
/// </summary>
internal static class ShowPackage
{
    public const string Action = "package_show";

    public static async Task<Microsoft.AspNetCore.Http.IResult> HandleAsync(CkanCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var id = call.Required("id");
        if (id is null)
        {
            return call.Missing("id");
        }

        var dataset = await FindVisibleAsync(call, id);
        return dataset is null
            ? call.NotFound(call.Text["Ckan.Package.NotFound"])
            : call.Ok(await DictAsync(call, dataset));
    }

    /// <summary>The dataset with its distributions when the caller may see it.</summary>
    public static async Task<Dataset?> FindVisibleAsync(CkanCall call, string idOrName)
    {
        ArgumentNullException.ThrowIfNull(call);
        var query = call.Db.Datasets.AsNoTracking().Include(d => d.Distributions);
        var dataset = Guid.TryParse(idOrName, out var guid)
            ? await query.FirstOrDefaultAsync(d => d.Id == guid, call.CancellationToken)
            : await query.FirstOrDefaultAsync(d => d.Name == idOrName, call.CancellationToken);
        if (dataset is null || dataset.Status == DatasetStatus.Published)
        {
            return dataset;
        }

        var token = await call.TokenAsync();
        return token?.MunicipalityAgs == dataset.MunicipalityAgs ? dataset : null;
    }

    public static async Task<CkanPackage> DictAsync(CkanCall call, Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(dataset);
        var snapshot = await call.SnapshotAsync();
        var municipality = (await call.Municipalities.FindAsync(dataset.MunicipalityAgs, call.CancellationToken))?.Name ?? dataset.MunicipalityAgs;
        var org = snapshot.OrganizationOf(dataset.MunicipalityAgs, dataset.PublisherName, municipality);
        var created = snapshot.OrganizationCreated.TryGetValue(org.Id, out var c) ? c : dataset.CreatedAt;
        return PackageDicts.Package(dataset, org, created, call.BaseUrl, CkanCall.Language);
    }
}
