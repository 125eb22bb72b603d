using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.OpenData.Datasets;

namespace SmartRegion.OpenData.Rdf;

/// <summary>
/// The catalogue as DCAT-AP.de 3.0 for harvesters (GovData, open.bydata, data.europa.eu): published datasets only,
/// paged with hydra (<c>?page=</c>), optionally only those changed since a time (<c>?modified_since=</c>).
/// </summary>
internal static class GetCatalogRdf
{
    public static async Task<IResult> HandleAsync(
        RdfFormat format, string? page, string? modifiedSince, HttpRequest request, OpenDataDb db, IMunicipalityDirectory municipalities,
        IOptions<OpenDataOptions> options, CancellationToken cancellationToken)
    {
        var number = 1;
        if (page is not null && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["page"] = ["page must be a whole number of 1 or more."] });
        }

        DateTimeOffset? since = null;
        if (modifiedSince is not null)
        {
            if (!DateTimeOffset.TryParse(modifiedSince, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["modified_since"] = ["modified_since must be a date or date and time in ISO 8601, e.g. 2024-05-01T00:00:00Z."],
                });
            }

            since = parsed;
        }

        var query = db.Datasets.AsNoTracking().Where(d => d.Status == DatasetStatus.Published);
        if (since is { } from)
        {
            query = query.Where(d => d.Modified >= from);
        }

        var size = options.Value.CataloguePageSize;
        var total = await query.CountAsync(cancellationToken);
        var slice = new CatalogPage(number, size, total, since);
        if (number > slice.LastPage)
        {
            return TypedResults.Problem($"The catalogue has {slice.LastPage} page(s).", statusCode: StatusCodes.Status404NotFound);
        }

        var datasets = await query.Include(d => d.Distributions).OrderBy(d => d.Id)
            .Skip((number - 1) * size).Take(size).AsSplitQuery().ToListAsync(cancellationToken);
        var names = (await municipalities.ListAsync(cancellationToken)).ToDictionary(m => m.Ags, m => m.Name);
        var graph = new DcatGraph(PublicBaseUrl.Of(request, options.Value), options.Value, names);
        graph.AddCatalog(datasets, slice);
        return format.Result(graph.Graph);
    }

    public static void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        foreach (var format in RdfFormat.All)
        {
            endpoints.MapGet("/catalog." + format.Extension, (string? page, string? modified_since, HttpRequest request, OpenDataDb db,
                    IMunicipalityDirectory municipalities, IOptions<OpenDataOptions> options, CancellationToken ct) =>
                    HandleAsync(format, page, modified_since, request, db, municipalities, options, ct))
                .WithName("GetCatalog" + format.Extension.ToUpperInvariant())
                .WithTags("OpenData")
                .WithSummary($"The DCAT-AP.de catalogue of published datasets as {format.MediaType}, paged with hydra (?page=, ?modified_since=).")
                .Produces<string>(contentType: format.MediaType)
                .ProducesValidationProblem()
                .AllowAnonymous();
        }

        // The catalogue's own IRI: the format the Accept header asks for (Turtle by default), the search page for browsers.
        endpoints.MapGet("/catalog", (string? page, string? modified_since, HttpRequest request, OpenDataDb db,
                IMunicipalityDirectory municipalities, IOptions<OpenDataOptions> options, CancellationToken ct) =>
                RdfFormat.Negotiate(request.Headers.Accept) is { } format
                    ? HandleAsync(format, page, modified_since, request, db, municipalities, options, ct)
                    : Task.FromResult<IResult>(TypedResults.Redirect(Contracts.OpenDataRoutes.Catalogue)))
            .WithName("GetCatalog")
            .WithTags("OpenData")
            .WithSummary("The catalogue's IRI: RDF by content negotiation (Turtle, RDF/XML, JSON-LD), the search page for browsers.")
            .AllowAnonymous();
    }
}
