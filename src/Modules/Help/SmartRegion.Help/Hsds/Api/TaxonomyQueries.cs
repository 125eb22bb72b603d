using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Help.Offers;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Help.Hsds.Api;

/// <summary>HSDS <c>GET /taxonomies</c>: a page of taxonomies (delivered, or derived from the terms' taxonomy names).</summary>
internal static class ListTaxonomies
{
    public static async Task<Outcome<JsonObject>> ExecuteAsync(string? search, string? page, string? perPage, string? format, HelpDb db, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var paging = HsdsQuery.ReadPaging(page, perPage, errors);
        HsdsQuery.ReadFormat(format, errors);
        if (!errors.IsEmpty)
        {
            return Outcome<JsonObject>.Invalid(errors);
        }

        var query = db.Taxonomies.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = HsdsQuery.LikePattern(search);
            query = query.Where(t => EF.Functions.Like(t.Name.ToLower(), text, "\\"));
        }

        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(t => t.Name).ThenBy(t => t.Id).Skip(paging.Skip).Take(paging.PerPage).ToListAsync(ct);
        return Outcome<JsonObject>.Ok(HsdsQuery.Page(items.Select(t => (JsonNode)HsdsCompiled.Node(t.ToHsds())), total, paging));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/taxonomies", async Task<Results<Ok<JsonObject>, ValidationProblem>> (
                [FromQuery] string? search, [FromQuery] string? page, [FromQuery(Name = "per_page")] string? perPage, [FromQuery] string? format, HelpDb db, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(search, page, perPage, format, db, ct);
                return outcome.IsOk ? TypedResults.Ok(outcome.Value!) : outcome.ToValidationProblem();
            })
            .AllowAnonymous()
            .WithName("ListHsdsTaxonomies")
            .WithSummary("HSDS 3.0: a page of taxonomies.");
}

/// <summary>HSDS <c>GET /taxonomies/{id}</c>.</summary>
internal static class GetTaxonomy
{
    public static async Task<Outcome<JsonObject>> ExecuteAsync(string id, HelpDb db, CancellationToken ct) =>
        await db.Taxonomies.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct) is { } taxonomy
            ? Outcome<JsonObject>.Ok(HsdsCompiled.Node(taxonomy.ToHsds()))
            : Outcome<JsonObject>.NotFound($"There is no taxonomy with the id {id}.");

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/taxonomies/{id}", async Task<Results<Ok<JsonObject>, NotFoundProblem>> (string id, HelpDb db, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, db, ct);
                return outcome.IsOk ? TypedResults.Ok(outcome.Value!) : outcome.ToNotFound();
            })
            .AllowAnonymous()
            .WithName("GetHsdsTaxonomy")
            .WithSummary("HSDS 3.0: one taxonomy.");
}

/// <summary>HSDS <c>GET /taxonomy_terms</c>: a page of terms (taxonomy_id, parent_id, top_only, search).</summary>
internal static class ListTaxonomyTerms
{
    internal sealed record Request(
        string? Search = null, string? Page = null, string? PerPage = null, string? Format = null, string? TaxonomyId = null, string? ParentId = null, string? TopOnly = null);

    public static async Task<Outcome<JsonObject>> ExecuteAsync(Request request, HelpDb db, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var paging = HsdsQuery.ReadPaging(request.Page, request.PerPage, errors);
        var topOnly = HsdsQuery.ReadBool(request.TopOnly, "top_only", errors);
        HsdsQuery.ReadFormat(request.Format, errors);
        if (!errors.IsEmpty)
        {
            return Outcome<JsonObject>.Invalid(errors);
        }

        var query = db.TaxonomyTerms.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var text = HsdsQuery.LikePattern(request.Search);
            query = query.Where(t => EF.Functions.Like(t.Name.ToLower(), text, "\\") || EF.Functions.Like(t.Description.ToLower(), text, "\\"));
        }

        if (!string.IsNullOrEmpty(request.TaxonomyId))
        {
            query = query.Where(t => t.EffectiveTaxonomyId == request.TaxonomyId);
        }

        if (!string.IsNullOrEmpty(request.ParentId))
        {
            query = query.Where(t => t.ParentId == request.ParentId);
        }

        if (topOnly)
        {
            query = query.Where(t => t.ParentId == null);
        }

        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(t => t.Code).ThenBy(t => t.Id).Skip(paging.Skip).Take(paging.PerPage).ToListAsync(ct);
        return Outcome<JsonObject>.Ok(HsdsQuery.Page(items.Select(t => (JsonNode)Node(t)), total, paging));
    }

    /// <summary>A term as the API shows it: with the taxonomy it belongs to as taxonomy_id (delivered or derived).</summary>
    internal static JsonObject Node(TaxonomyTerm term) => HsdsCompiled.Node(term.ToHsds() with { TaxonomyId = term.EffectiveTaxonomyId });

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/taxonomy_terms", async Task<Results<Ok<JsonObject>, ValidationProblem>> (
                [FromQuery] string? search, [FromQuery] string? page, [FromQuery(Name = "per_page")] string? perPage, [FromQuery] string? format,
                [FromQuery(Name = "taxonomy_id")] string? taxonomyId, [FromQuery(Name = "parent_id")] string? parentId, [FromQuery(Name = "top_only")] string? topOnly,
                HelpDb db, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(new Request(search, page, perPage, format, taxonomyId, parentId, topOnly), db, ct);
                return outcome.IsOk ? TypedResults.Ok(outcome.Value!) : outcome.ToValidationProblem();
            })
            .AllowAnonymous()
            .WithName("ListHsdsTaxonomyTerms")
            .WithSummary("HSDS 3.0: a page of taxonomy terms (the directory's categories).");
}

/// <summary>HSDS <c>GET /taxonomy_terms/{id}</c>.</summary>
internal static class GetTaxonomyTerm
{
    public static async Task<Outcome<JsonObject>> ExecuteAsync(string id, HelpDb db, CancellationToken ct) =>
        await db.TaxonomyTerms.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct) is { } term
            ? Outcome<JsonObject>.Ok(ListTaxonomyTerms.Node(term))
            : Outcome<JsonObject>.NotFound($"There is no taxonomy term with the id {id}.");

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/taxonomy_terms/{id}", async Task<Results<Ok<JsonObject>, NotFoundProblem>> (string id, HelpDb db, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, db, ct);
                return outcome.IsOk ? TypedResults.Ok(outcome.Value!) : outcome.ToNotFound();
            })
            .AllowAnonymous()
            .WithName("GetHsdsTaxonomyTerm")
            .WithSummary("HSDS 3.0: one taxonomy term.");
}
