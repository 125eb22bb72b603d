using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Web;
using SmartRegion.OpenData.Datasets;
using SmartRegion.OpenData.Rdf;
using SmartRegion.OpenData.Resources;
using SmartRegion.OpenData.Vocabularies;

namespace SmartRegion.OpenData.Distributions;

/// <summary>Staff add a link to where a dataset's data lives (another portal, a map service) as a distribution.</summary>
internal static class AddLinkDistribution
{
    internal sealed class Request
    {
        public string? Title { get; set; }

        public string? Url { get; set; }

        /// <summary>EU file-type code, e.g. <c>CSV</c> or <c>WMS_SRVC</c>; empty: taken from the URL's extension.</summary>
        public string? Format { get; set; }
    }

    public static async Task<Outcome<DistributionItem>> ExecuteAsync(
        Guid datasetId, Request request, ICurrentPerson person, OpenDataDb db, TimeProvider time, IStringLocalizer<OpenDataText> text,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(person);
        var dataset = await db.Datasets.FirstOrDefaultAsync(d => d.Id == datasetId, cancellationToken);
        if (dataset is null)
        {
            return Outcome<DistributionItem>.NotFound(text["Dataset.NotFound"]);
        }

        if (!person.CanManage(dataset.MunicipalityAgs))
        {
            return Outcome<DistributionItem>.Forbidden(text["Scope.Forbidden"]);
        }

        var errors = new ValidationErrors();
        var link = Validate(request, errors, text);
        if (link is null)
        {
            return Outcome<DistributionItem>.Invalid(errors);
        }

        var now = time.GetUtcNow();
        var distribution = link.ToDistribution(dataset.Id, now);
        db.Distributions.Add(distribution);
        dataset.Touch(now);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<DistributionItem>.Ok(DistributionItem.From(distribution));
    }

    /// <summary>A checked link.</summary>
    internal sealed record Link(string Title, string Url, FileType? Format)
    {
        public Distribution ToDistribution(Guid datasetId, DateTimeOffset now) => Distribution.ForLink(datasetId, Title, Url, Format?.Code, Format?.MediaType, now);
    }

    /// <summary>The link when title, URL and format are acceptable; otherwise null, with the messages in <paramref name="errors"/>.</summary>
    public static Link? Validate(Request request, ValidationErrors errors, IStringLocalizer<OpenDataText> text)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);
        var title = request.Title?.Trim();
        errors.AddIf(string.IsNullOrEmpty(title) || title.Length > Distribution.MaxTitle || TextInput.HasControlCharacters(title),
            nameof(Request.Title), text["Field.DistributionTitle.Required", Distribution.MaxTitle]);
        var url = Uri.TryCreate(request.Url?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            && uri.AbsoluteUri.Length <= Distribution.MaxUrl && RdfIri.IsValid(uri.AbsoluteUri) ? uri.AbsoluteUri : null;
        errors.AddIf(url is null, nameof(Request.Url), text["Field.Url.Invalid"]);
        var format = string.IsNullOrWhiteSpace(request.Format) ? FileTypes.FromFileName(uri?.AbsolutePath) : FileTypes.FromCode(request.Format);
        errors.AddIf(!string.IsNullOrWhiteSpace(request.Format) && format is null, nameof(Request.Format), text["Field.Format.Unknown"]);
        var titleOk = !string.IsNullOrEmpty(title) && title.Length <= Distribution.MaxTitle && !TextInput.HasControlCharacters(title);
        var formatOk = string.IsNullOrWhiteSpace(request.Format) || format is not null;
        return titleOk && url is not null && formatOk ? new Link(title!, url, format) : null;
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/datasets/{id:guid}/distributions/links", async Task<Results<Created<DistributionItem>, ValidationProblem, ForbiddenProblem, NotFoundProblem>> (
                Guid id, Request request, ICurrentPerson person, OpenDataDb db, TimeProvider time, IStringLocalizer<OpenDataText> text,
                CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, request, person, db, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Created($"/api/opendata/datasets/{id}/distributions/{outcome.Value!.Id}", outcome.Value!),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    _ => outcome.ToNotFound(),
                };
            })
            .WithName("AddLinkDistribution")
            .WithSummary("Adds a link (http or https) as a distribution of a dataset (its staff only).")
            .RequireAuthorization(HubPolicies.SignedIn);
}
