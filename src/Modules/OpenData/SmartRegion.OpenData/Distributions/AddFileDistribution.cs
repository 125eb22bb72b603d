using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Web;
using SmartRegion.OpenData.Datasets;
using SmartRegion.OpenData.Resources;
using SmartRegion.OpenData.Vocabularies;

namespace SmartRegion.OpenData.Distributions;

/// <summary>
/// Staff upload a file as a distribution of their dataset: it is stored with its SHA-256, refused when too large, of
/// a format the catalogue does not take, when its content contradicts its name (a PDF called <c>.csv</c>), or when a
/// CSV or XLSX file would not load as a table.
/// </summary>
internal static class AddFileDistribution
{
    internal sealed record Upload(Stream Content, string FileName, long? Length, string? Title);

    public static async Task<Outcome<DistributionItem>> ExecuteAsync(
        Guid datasetId, Upload? upload, ICurrentPerson person, OpenDataDb db, DistributionFiles files, IOptions<OpenDataOptions> options,
        TimeProvider time, IStringLocalizer<OpenDataText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(options);
        var dataset = await db.Datasets.FirstOrDefaultAsync(d => d.Id == datasetId, cancellationToken);
        if (dataset is null)
        {
            return Outcome<DistributionItem>.NotFound(text["Dataset.NotFound"]);
        }

        if (!person.CanManage(dataset.MunicipalityAgs))
        {
            return Outcome<DistributionItem>.Forbidden(text["Scope.Forbidden"]);
        }

        return await AddToAsync(dataset, upload, db, files, options, time, text, cancellationToken);
    }

    /// <summary>Stores the upload as a distribution of a dataset the caller may manage (checked before).</summary>
    public static async Task<Outcome<DistributionItem>> AddToAsync(
        Dataset dataset, Upload? upload, OpenDataDb db, DistributionFiles files, IOptions<OpenDataOptions> options, TimeProvider time,
        IStringLocalizer<OpenDataText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(options);
        var errors = new ValidationErrors();
        var title = string.IsNullOrWhiteSpace(upload?.Title) ? null : upload.Title.Trim();
        errors.AddIf(title is not null && (title.Length > Distribution.MaxTitle || TextInput.HasControlCharacters(title)),
            "Title", text["Field.DistributionTitle.Invalid", Distribution.MaxTitle]);
        var fileName = upload is null ? "" : Path.GetFileName(upload.FileName.Replace('\\', '/')).Trim();
        var max = options.Value.MaxUploadBytes;
        if (upload is null || fileName.Length == 0)
        {
            errors.Add("File", text["Upload.Required"]);
        }
        else if (fileName.Length > Distribution.MaxFileName || TextInput.HasControlCharacters(fileName))
        {
            errors.Add("File", text["Upload.FileName.Invalid", Distribution.MaxFileName]);
        }
        else if (upload.Length > max)
        {
            errors.Add("File", text["Upload.TooLarge", Megabytes(max)]);
        }

        if (!errors.IsEmpty)
        {
            return Outcome<DistributionItem>.Invalid(errors);
        }

        var (received, problem) = await files.ReceiveAsync(upload!.Content, fileName, max, cancellationToken);
        if (received is null)
        {
            var type = FileTypes.FromFileName(fileName);
            errors.Add("File", problem switch
            {
                UploadProblem.TooLarge => text["Upload.TooLarge", Megabytes(max)],
                UploadProblem.Empty => text["Upload.Empty"],
                UploadProblem.UnknownType => text["Upload.UnknownType", FileTypes.AcceptedExtensions],
                _ => text["Upload.Mismatch", type?.Code ?? ""],
            });
            return Outcome<DistributionItem>.Invalid(errors);
        }

        if (files.TableProblem(received) is { } tableProblem)
        {
            await files.DiscardAsync(received.TempPath);
            return Outcome<DistributionItem>.Invalid(errors.Add("File", text["Upload.NotATable", tableProblem]));
        }

        var now = time.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        string? kept = null;
        try
        {
            kept = await files.KeepAsync(received, dataset.Id, id, cancellationToken);
            var distribution = Distribution.ForFile(id, dataset.Id, title ?? fileName, received.Type.Code, received.Type.MediaType, fileName,
                kept, received.ByteSize, received.Sha256, now);
            db.Distributions.Add(distribution);
            dataset.Touch(now);
            await db.SaveChangesAsync(cancellationToken);
            return Outcome<DistributionItem>.Ok(DistributionItem.From(distribution));
        }
        catch
        {
            // The row was not saved: the file must not stay behind.
            await files.DiscardAsync(kept ?? received.TempPath);
            throw;
        }
    }

    private static string Megabytes(long bytes) =>
        (bytes / (1024.0 * 1024.0)).ToString(bytes % (1024 * 1024) == 0 ? "0" : "0.###", System.Globalization.CultureInfo.CurrentCulture);

    public static void MapEndpoint(RouteGroupBuilder group, long maxUploadBytes) =>
        group.MapPost("/datasets/{id:guid}/distributions/files", async Task<Results<Created<DistributionItem>, ValidationProblem, ForbiddenProblem, NotFoundProblem>> (
                Guid id, IFormFile? file, [FromForm] string? title, ICurrentPerson person, OpenDataDb db, DistributionFiles files,
                IOptions<OpenDataOptions> options, TimeProvider time, IStringLocalizer<OpenDataText> text, CancellationToken ct) =>
            {
                await using var content = file?.OpenReadStream();
                var upload = file is null ? null : new Upload(content!, file.FileName, file.Length, title);
                var outcome = await ExecuteAsync(id, upload, person, db, files, options, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Created($"/api/opendata/datasets/{id}/distributions/{outcome.Value!.Id}", outcome.Value!),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    _ => outcome.ToNotFound(),
                };
            })
            .WithName("AddFileDistribution")
            .WithSummary("Uploads a file (multipart field 'file', optional 'title') as a distribution; its format is detected and its content checked.")
            .Accepts<IFormFile>("multipart/form-data")
            // Room for the file and the form around it; the configured limit itself is checked while streaming.
            .WithMetadata(new RequestSizeLimitAttribute(maxUploadBytes + 1024 * 1024))
            .WithFormOptions(multipartBodyLengthLimit: maxUploadBytes + 1024 * 1024)
            .RequireAuthorization(HubPolicies.SignedIn);
}
