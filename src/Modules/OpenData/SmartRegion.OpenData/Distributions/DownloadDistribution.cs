using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.OpenData.Datasets;

namespace SmartRegion.OpenData.Distributions;

/// <summary>
/// Streams a distribution file from the file store with its media type, as an attachment under its original name. Anyone may
/// download the files of published datasets; the staff who manage a dataset also those of its drafts.
/// </summary>
internal static class DownloadDistribution
{
    public static void MapEndpoint(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/daten/{datasetId:guid}/dateien/{distributionId:guid}", async Task<Results<FileStreamHttpResult, NotFound>> (
                Guid datasetId, Guid distributionId, ICurrentPerson person, OpenDataDb db, DistributionFiles files, CancellationToken ct) =>
            {
                var found = await db.Distributions.AsNoTracking()
                    .Where(d => d.Id == distributionId && d.DatasetId == datasetId && d.StoragePath != null)
                    .Join(db.Datasets, d => d.DatasetId, s => s.Id, (d, s) => new { d.StoragePath, d.FileName, d.MediaType, d.Sha256, s.Status, s.MunicipalityAgs })
                    .FirstOrDefaultAsync(ct);
                if (found is null || (found.Status != DatasetStatus.Published && !person.CanManage(found.MunicipalityAgs)))
                {
                    return TypedResults.NotFound();
                }

                // The result disposes the stream once it is sent; ranges are served where the store's stream can seek (local files).
                var content = await files.OpenAsync(found.StoragePath!, ct);
                if (content is null)
                {
                    return TypedResults.NotFound();
                }

                return TypedResults.Stream(content.Stream, found.MediaType ?? "application/octet-stream", found.FileName,
                    entityTag: new EntityTagHeaderValue("\"" + found.Sha256 + "\""), enableRangeProcessing: content.Stream.CanSeek);
            })
            .WithName("DownloadDistribution")
            .WithTags("OpenData")
            .WithSummary("Downloads a stored distribution file (published datasets; drafts for their staff).")
            .Produces(StatusCodes.Status200OK)
            .AllowAnonymous();
}
