using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SmartRegion.Kernel.Problems;
using SmartRegion.OpenData.Datasets;
using SmartRegion.OpenData.Distributions;

namespace SmartRegion.OpenData.Ckan;

/// <summary>
/// CKAN's <c>resource_create</c> with a token of the dataset's municipality: a link (<c>url</c>, optional <c>name</c>
/// and <c>format</c>) or a file sent as multipart field <c>upload</c>, which goes through the catalogue's upload checks
/// (size limit, format, content sniffing, SHA-256) exactly as a staff upload does.
/// </summary>
internal static class CreateResource
{
    public const string Action = "resource_create";

    public static async Task<IResult> HandleAsync(CkanCall call, DistributionFiles files, IOptions<OpenDataOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(call);
        var token = await call.TokenAsync();
        if (token is null)
        {
            return call.Forbidden(call.Text["Ckan.Token.Required"]);
        }

        var packageId = call.Required("package_id");
        if (packageId is null)
        {
            return call.Missing("package_id");
        }

        var query = call.Db.Datasets;
        var dataset = Guid.TryParse(packageId, out var guid)
            ? await query.FirstOrDefaultAsync(d => d.Id == guid, call.CancellationToken)
            : await query.FirstOrDefaultAsync(d => d.Name == packageId, call.CancellationToken);
        if (dataset is null || (dataset.Status != DatasetStatus.Published && dataset.MunicipalityAgs != token.MunicipalityAgs))
        {
            return call.NotFound(call.Text["Ckan.Package.NotFound"]);
        }

        if (dataset.MunicipalityAgs != token.MunicipalityAgs)
        {
            return call.Forbidden(call.Text["Ckan.Token.OtherOrganization", dataset.Name]);
        }

        var file = call.Request.HasFormContentType ? call.Request.Form.Files.GetFile("upload") : null;
        var errors = new ValidationErrors();
        Guid? created;
        if (file is not null)
        {
            await using var content = file.OpenReadStream();
            var outcome = await AddFileDistribution.AddToAsync(dataset, new AddFileDistribution.Upload(content, file.FileName, file.Length, call.Input.Text("name")),
                call.Db, files, options, time, call.Text, call.CancellationToken);
            if (!outcome.IsOk)
            {
                return call.Invalid(outcome.Errors.ToDictionary(e => PackageInput.ResourceKey(e.Key), e => e.Value));
            }

            created = outcome.Value!.Id;
        }
        else
        {
            var url = call.Input.Text("url");
            var link = AddLinkDistribution.Validate(new AddLinkDistribution.Request
            {
                Title = call.Input.Text("name") ?? PackageInput.FileName(url),
                Url = url,
                Format = call.Input.Text("format"),
            }, errors, call.Text);
            if (link is null)
            {
                return call.Invalid(errors.ToDictionary().ToDictionary(e => PackageInput.ResourceKey(e.Key), e => e.Value));
            }

            var now = time.GetUtcNow();
            var distribution = link.ToDistribution(dataset.Id, now);
            call.Db.Distributions.Add(distribution);
            dataset.Touch(now);
            await call.Db.SaveChangesAsync(call.CancellationToken);
            created = distribution.Id;
        }

        token.Used(time.GetUtcNow());
        await call.Db.SaveChangesAsync(call.CancellationToken);
        var ordered = await call.Db.Distributions.AsNoTracking().Where(d => d.DatasetId == dataset.Id).ToListAsync(call.CancellationToken);
        var position = ordered.OrderBy(x => x.CreatedAt).ThenBy(x => x.Id).ToList().FindIndex(x => x.Id == created);
        return call.Ok(PackageDicts.Resource(ordered.First(x => x.Id == created), position, call.BaseUrl));
    }
}
