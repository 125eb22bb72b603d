using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.OpenData.Datasets;

namespace SmartRegion.OpenData.Catalogue;

/// <summary>A published dataset for its public page, found by id or name, with the name of its municipality.</summary>
internal static class GetPublishedDataset
{
    internal sealed record Response(Dataset Dataset, string MunicipalityName, string Publisher);

    public static async Task<Response?> ExecuteAsync(string idOrName, OpenDataDb db, IMunicipalityDirectory municipalities, CancellationToken cancellationToken)
    {
        var query = db.Datasets.AsNoTracking().Include(d => d.Distributions).Where(d => d.Status == DatasetStatus.Published);
        var dataset = Guid.TryParse(idOrName, out var id)
            ? await query.FirstOrDefaultAsync(d => d.Id == id, cancellationToken)
            : await query.FirstOrDefaultAsync(d => d.Name == idOrName, cancellationToken);
        if (dataset is null)
        {
            return null;
        }

        var municipality = (await municipalities.FindAsync(dataset.MunicipalityAgs, cancellationToken))?.Name ?? dataset.MunicipalityAgs;
        return new Response(dataset, municipality, dataset.PublisherName ?? municipality);
    }
}
