using SmartRegion.Hub.Contracts.People;
using SmartRegion.OpenData.Tabular;

namespace SmartRegion.OpenData.Distributions;

/// <summary>
/// The catalogue's side of the tabular seam: a resource id is a distribution id, and the stored CSV or XLSX file of a
/// distribution the caller may see is its table's original.
/// </summary>
internal sealed class DistributionTables(OpenDataDb db, ICurrentPerson person) : ITabularResources
{
    public static bool IsTabular(string? formatCode) => formatCode is "CSV" or "XLSX";

    public async Task<TabularResourceFile?> FindAsync(string resourceId, CancellationToken ct)
    {
        var found = await VisibleDistribution.FindAsync(resourceId, db, person, ct);
        if (found is null || !IsTabular(found.FormatCode) || found.Sha256 is null)
        {
            return null;
        }

        return new TabularResourceFile(found.Id.ToString(), DistributionFiles.Key(found.StoragePath), found.FormatCode!, found.Sha256, found.Title,
            "/daten/" + found.DatasetName);
    }
}
