using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.OpenData.Datasets;

namespace SmartRegion.OpenData.Rdf;

/// <summary>One published dataset as DCAT-AP.de 3.0 (<c>/dataset/{id}.ttl|.rdf|.jsonld</c>); its IRI negotiates.</summary>
internal static class GetDatasetRdf
{
    public static async Task<IResult> HandleAsync(
        RdfFormat format, string id, HttpRequest request, OpenDataDb db, IMunicipalityDirectory municipalities,
        IOptions<OpenDataOptions> options, CancellationToken cancellationToken)
    {
        var dataset = await FindPublishedAsync(id, db, cancellationToken);
        if (dataset is null)
        {
            return TypedResults.Problem("No published dataset has this id or name.", statusCode: StatusCodes.Status404NotFound);
        }

        var names = (await municipalities.ListAsync(cancellationToken)).ToDictionary(m => m.Ags, m => m.Name);
        var graph = new DcatGraph(PublicBaseUrl.Of(request, options.Value), options.Value, names);
        graph.AddDataset(dataset);
        return format.Result(graph.Graph);
    }

    public static async Task<Dataset?> FindPublishedAsync(string id, OpenDataDb db, CancellationToken cancellationToken)
    {
        var query = db.Datasets.AsNoTracking().Include(d => d.Distributions).Where(d => d.Status == DatasetStatus.Published);
        return Guid.TryParse(id, out var guid)
            ? await query.FirstOrDefaultAsync(d => d.Id == guid, cancellationToken)
            : await query.FirstOrDefaultAsync(d => d.Name == id, cancellationToken);
    }

    public static void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/dataset/{id}.{format}", async Task<IResult> (string id, string format, HttpRequest request, OpenDataDb db,
                IMunicipalityDirectory municipalities, IOptions<OpenDataOptions> options, CancellationToken ct) =>
                RdfFormat.FromExtension(format) is { } rdf
                    ? await HandleAsync(rdf, id, request, db, municipalities, options, ct)
                    : TypedResults.Problem("Formats: ttl, rdf, jsonld.", statusCode: StatusCodes.Status404NotFound))
            .WithName("GetDatasetRdf")
            .WithTags("OpenData")
            .WithSummary("One published dataset as DCAT-AP.de: .ttl (Turtle), .rdf (RDF/XML) or .jsonld (JSON-LD).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AllowAnonymous();

        endpoints.MapGet("/dataset/{id}", async Task<IResult> (string id, HttpRequest request, OpenDataDb db,
                IMunicipalityDirectory municipalities, IOptions<OpenDataOptions> options, CancellationToken ct) =>
                RdfFormat.Negotiate(request.Headers.Accept) is { } rdf
                    ? await HandleAsync(rdf, id, request, db, municipalities, options, ct)
                    : TypedResults.Redirect(Contracts.OpenDataRoutes.Catalogue + "/" + Uri.EscapeDataString(id)))
            .WithName("GetDatasetByIri")
            .WithTags("OpenData")
            .WithSummary("A dataset's IRI: RDF by content negotiation, its page for browsers.")
            .AllowAnonymous();
    }
}
