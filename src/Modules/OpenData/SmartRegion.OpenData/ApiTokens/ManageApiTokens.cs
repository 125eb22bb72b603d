using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Web;
using SmartRegion.OpenData.Datasets;
using SmartRegion.OpenData.Resources;

namespace SmartRegion.OpenData.ApiTokens;

/// <summary>
/// Staff of a municipality (its admins, region admins) issue API tokens for the CKAN write actions of their municipality,
/// see them listed (never the secret again) and revoke them. Issuing and revoking go to the audit log.
/// </summary>
internal static class ManageApiTokens
{
    internal sealed class CreateRequest
    {
        public string? MunicipalityAgs { get; set; }

        public string? Name { get; set; }
    }

    internal sealed record Item(Guid Id, string Name, string MunicipalityAgs, string Hint, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt,
        DateTimeOffset? RevokedAt);

    /// <summary>The new token with its secret: shown this once.</summary>
    internal sealed record Created(Guid Id, string Name, string MunicipalityAgs, string Hint, string Token);

    /// <summary>Tokens of the municipalities the person manages, newest first; null when they manage none.</summary>
    public static async Task<IReadOnlyList<Item>?> ListAsync(ICurrentPerson person, OpenDataDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var scope = person.ManagedMunicipalities();
        if (scope is { Count: 0 })
        {
            return null;
        }

        var query = db.ApiTokens.AsNoTracking();
        if (scope is not null)
        {
            query = query.Where(t => scope.Contains(t.MunicipalityAgs));
        }

        var tokens = await query.ToListAsync(cancellationToken);
        return [.. tokens.OrderByDescending(t => t.CreatedAt).Select(t => new Item(t.Id, t.Name, t.MunicipalityAgs, t.Hint, t.CreatedAt, t.LastUsedAt, t.RevokedAt))];
    }

    public static async Task<Outcome<Created>> CreateAsync(CreateRequest request, ICurrentPerson person, IMunicipalityDirectory municipalities, OpenDataDb db,
        IAuditLog audit, TimeProvider time, IStringLocalizer<OpenDataText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(person);
        var errors = new ValidationErrors();
        var ags = request.MunicipalityAgs?.Trim();
        var known = Ags.IsWellFormed(ags) && await municipalities.FindAsync(ags!, cancellationToken) is not null;
        errors.AddIf(!known, nameof(CreateRequest.MunicipalityAgs), text["Field.Municipality.Required"]);
        var name = request.Name?.Trim();
        errors.AddIf(string.IsNullOrEmpty(name) || name.Length > ApiToken.MaxName || TextInput.HasControlCharacters(name),
            nameof(CreateRequest.Name), text["Tokens.Name.Invalid", ApiToken.MaxName]);
        if (!errors.IsEmpty)
        {
            return Outcome<Created>.Invalid(errors);
        }

        if (!person.CanManage(ags!))
        {
            return Outcome<Created>.Forbidden(text["Scope.Forbidden"]);
        }

        var (token, secret) = ApiToken.Issue(ags!, name!, person.Id?.Value, time.GetUtcNow());
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditRecord("api-tokens.created", "api-token", token.Id.ToString(), ags, token.Hint), cancellationToken);
        return Outcome<Created>.Ok(new Created(token.Id, token.Name, token.MunicipalityAgs, token.Hint, secret));
    }

    public static async Task<Outcome<Item>> RevokeAsync(Guid id, ICurrentPerson person, OpenDataDb db, IAuditLog audit, TimeProvider time,
        IStringLocalizer<OpenDataText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (token is null)
        {
            return Outcome<Item>.NotFound(text["Tokens.NotFound"]);
        }

        if (!person.CanManage(token.MunicipalityAgs))
        {
            return Outcome<Item>.Forbidden(text["Scope.Forbidden"]);
        }

        if (token.IsActive)
        {
            token.Revoke(time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(new AuditRecord("api-tokens.revoked", "api-token", token.Id.ToString(), token.MunicipalityAgs, token.Hint), cancellationToken);
        }

        return Outcome<Item>.Ok(new Item(token.Id, token.Name, token.MunicipalityAgs, token.Hint, token.CreatedAt, token.LastUsedAt, token.RevokedAt));
    }

    public static void MapEndpoints(RouteGroupBuilder group)
    {
        group.MapGet("/tokens", async Task<Results<Ok<IReadOnlyList<Item>>, ForbiddenProblem>> (ICurrentPerson person, OpenDataDb db, CancellationToken ct) =>
                await ListAsync(person, db, ct) is { } items ? TypedResults.Ok(items) : new ForbiddenProblem())
            .WithName("ListApiTokens")
            .WithSummary("API tokens of the municipalities the caller manages (without secrets).")
            .RequireAuthorization(HubPolicies.SignedIn);
        group.MapPost("/tokens", async Task<Results<Created<Created>, ValidationProblem, ForbiddenProblem>> (CreateRequest request, ICurrentPerson person, IMunicipalityDirectory municipalities, OpenDataDb db,
                IAuditLog audit, TimeProvider time, IStringLocalizer<OpenDataText> text, CancellationToken ct) =>
            {
                var outcome = await CreateAsync(request, person, municipalities, db, audit, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Created($"/api/opendata/tokens/{outcome.Value!.Id}", outcome.Value!),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    _ => outcome.ToForbidden(),
                };
            })
            .WithName("CreateApiToken")
            .WithSummary("Issues an API token for a municipality's CKAN write actions; the secret is in this answer only.")
            .RequireAuthorization(HubPolicies.SignedIn);
        group.MapDelete("/tokens/{id:guid}", async Task<Results<Ok<Item>, ForbiddenProblem, NotFoundProblem>> (Guid id, ICurrentPerson person, OpenDataDb db, IAuditLog audit, TimeProvider time,
                IStringLocalizer<OpenDataText> text, CancellationToken ct) =>
            {
                var outcome = await RevokeAsync(id, person, db, audit, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value!),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    _ => outcome.ToNotFound(),
                };
            })
            .WithName("RevokeApiToken")
            .WithSummary("Revokes an API token; it stops working at once.")
            .RequireAuthorization(HubPolicies.SignedIn);
    }
}
