using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Hub.Municipalities;

namespace SmartRegion.Hub.Organisations;

/// <summary>The organisations the signed-in person belongs to, by name.</summary>
internal static class ListMyOrganisations
{
    internal sealed record Item(Guid Id, string Name, string Kind, string? MunicipalityAgs, string? MunicipalityName, string Role);

    public static async Task<IReadOnlyList<Item>> ExecuteAsync(ICurrentPerson person, HubDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var me = person.Id?.Value ?? Guid.Empty;
        var rows = await (
                from m in db.Set<OrganisationMember>().AsNoTracking()
                where m.PersonId == me
                join o in db.Set<Organisation>() on m.OrganisationId equals o.Id
                join mu in db.Set<Municipality>() on o.MunicipalityAgs equals mu.Ags into mus
                from mu in mus.DefaultIfEmpty()
                orderby o.Name
                select new { o.Id, o.Name, o.Kind, o.MunicipalityAgs, MunicipalityName = mu == null ? null : mu.Name, m.Role })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new Item(r.Id, r.Name, OrganisationNames.Kind(r.Kind), r.MunicipalityAgs, r.MunicipalityName, OrganisationNames.Role(r.Role)))];
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/organizations", async Task<Ok<IReadOnlyList<Item>>> (ICurrentPerson person, HubDb db, CancellationToken ct) =>
                TypedResults.Ok(await ExecuteAsync(person, db, ct)))
            .WithName("ListMyOrganizations")
            .WithSummary("Lists the organisations the signed-in person belongs to.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
