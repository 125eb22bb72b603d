using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.OpenData.Datasets;

namespace SmartRegion.OpenData.Distributions;

/// <summary>
/// A stored distribution file the current person may see: any file of a published dataset, and the files of drafts and
/// withdrawn datasets for the staff who manage them (the same rule as the download).
/// </summary>
internal static class VisibleDistribution
{
    internal sealed record Found(Guid Id, Guid DatasetId, string DatasetName, string DatasetTitle, string Title, string? FormatCode,
        string StoragePath, string? Sha256, string? FileName);

    public static async Task<Found?> FindAsync(string distributionId, OpenDataDb db, ICurrentPerson person, CancellationToken ct)
    {
        if (!Guid.TryParse(distributionId, out var id))
        {
            return null;
        }

        var found = await db.Distributions.AsNoTracking()
            .Where(d => d.Id == id && d.StoragePath != null)
            .Join(db.Datasets, d => d.DatasetId, s => s.Id, (d, s) => new
            {
                d.Id, d.DatasetId, s.Name, DatasetTitle = s.Title, d.Title, d.FormatCode, d.StoragePath, d.Sha256, d.FileName, s.Status, s.MunicipalityAgs,
            })
            .FirstOrDefaultAsync(ct);
        if (found is null || (found.Status != DatasetStatus.Published && !person.CanManage(found.MunicipalityAgs)))
        {
            return null;
        }

        return new Found(found.Id, found.DatasetId, found.Name, found.DatasetTitle, found.Title, found.FormatCode, found.StoragePath!, found.Sha256,
            found.FileName);
    }
}
