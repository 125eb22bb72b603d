using Microsoft.EntityFrameworkCore;

namespace SmartRegion.OpenData.Ckan;

/// <summary>CKAN's <c>resource_show</c>: a distribution of a dataset the caller may see, by id.</summary>
internal static class ShowResource
{
    public const string Action = "resource_show";

    public static async Task<Microsoft.AspNetCore.Http.IResult> HandleAsync(CkanCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var id = call.Required("id");
        if (id is null)
        {
            return call.Missing("id");
        }

        var datasetId = Guid.TryParse(id, out var guid)
            ? await call.Db.Distributions.AsNoTracking().Where(d => d.Id == guid).Select(d => (Guid?)d.DatasetId).FirstOrDefaultAsync(call.CancellationToken)
            : null;
        var dataset = datasetId is null ? null : await ShowPackage.FindVisibleAsync(call, datasetId.Value.ToString());
        var resource = dataset?.Distributions.OrderBy(x => x.CreatedAt).ThenBy(x => x.Id).Select((x, i) => (x, i)).FirstOrDefault(p => p.x.Id == guid);
        return resource is not { x: not null } found
            ? call.NotFound(call.Text["Ckan.Resource.NotFound"])
            : call.Ok(PackageDicts.Resource(found.x, found.i, call.BaseUrl));
    }
}
