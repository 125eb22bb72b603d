using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Help.Resources;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Contracts.Organisations;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Help.Providers;

/// <summary>
/// Staff link an HSDS organization to the Hub organisation whose members keep its offers, or unlink it. Allowed for
/// region admins and for municipality admins of a municipality one of the organization's services covers. The Hub
/// organisation is given by its id or the address of its page (<c>/organisationen/{id}</c>). Both are audited.
/// </summary>
internal static partial class LinkProvider
{
    internal sealed class Request
    {
        /// <summary>The Hub organisation's id, or the address or path of its page.</summary>
        public string? HubOrganisationId { get; set; }
    }

    internal sealed record Response(string OrganizationId, Guid? HubOrganisationId, string? HubOrganisationName);

    /// <summary>True when the person may link organizations whose services cover <paramref name="covered"/>.</summary>
    public static bool MayLink(ICurrentPerson person, IEnumerable<string> covered) =>
        person.IsSignedIn && (person.IsRegionAdmin || covered.Any(ags => person.HasRoleIn(HubRoles.MunicipalityAdmin, ags)));

    /// <summary>True for region admins and municipality admins: people who see the provider list at all.</summary>
    public static bool MaySeeList(ICurrentPerson person) =>
        person.IsSignedIn && (person.IsRegionAdmin || person.MunicipalitiesWhere(HubRoles.MunicipalityAdmin).Any());

    /// <summary>The Guid in an id, a path or an address ending in <c>/organisationen/{id}</c>; null when there is none.</summary>
    public static Guid? ParseHubOrganisation(string? input)
    {
        var text = input?.Trim() ?? "";
        if (Guid.TryParse(text, out var id))
        {
            return id;
        }

        var match = PagePattern().Match(text);
        return match.Success && Guid.TryParse(match.Groups[1].Value, out id) ? id : null;
    }

    public static async Task<Outcome<Response>> LinkAsync(
        string organizationId, Request request, ICurrentPerson person, HelpDb db, IOrganisationDirectory organisations,
        IAuditLog audit, TimeProvider time, IStringLocalizer<HelpStaffText> text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (organization, refusal) = await FindAsync(organizationId, person, db, text, ct);
        if (organization is null)
        {
            return refusal!;
        }

        var errors = new ValidationErrors();
        OrganisationSummary? hub = null;
        if (string.IsNullOrWhiteSpace(request.HubOrganisationId))
        {
            errors.Add(nameof(Request.HubOrganisationId), text["Link.Hub.Required"]);
        }
        else if (ParseHubOrganisation(request.HubOrganisationId) is not { } id
            || (hub = await organisations.FindAsync(new OrganisationId(id), ct)) is null)
        {
            errors.Add(nameof(Request.HubOrganisationId), text["Link.Hub.Unknown"]);
        }

        if (!errors.IsEmpty)
        {
            return Outcome<Response>.Invalid(errors);
        }

        organization.HubOrganisationId = hub!.Id.Value;
        organization.LastModified = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditRecord("help-organizations.link", "help-organization", organization.Id, null, $"hub organisation {hub.Id.Value}"), ct);
        return Outcome<Response>.Ok(new Response(organization.Id, hub.Id.Value, hub.Name));
    }

    public static async Task<Outcome<Response>> UnlinkAsync(
        string organizationId, ICurrentPerson person, HelpDb db, IAuditLog audit, TimeProvider time,
        IStringLocalizer<HelpStaffText> text, CancellationToken ct)
    {
        var (organization, refusal) = await FindAsync(organizationId, person, db, text, ct);
        if (organization is null)
        {
            return refusal!;
        }

        if (organization.HubOrganisationId is { } before)
        {
            organization.HubOrganisationId = null;
            organization.LastModified = time.GetUtcNow();
            await db.SaveChangesAsync(ct);
            await audit.RecordAsync(new AuditRecord("help-organizations.unlink", "help-organization", organization.Id, null, $"hub organisation {before}"), ct);
        }

        return Outcome<Response>.Ok(new Response(organization.Id, null, null));
    }

    public static void MapEndpoints(RouteGroupBuilder group)
    {
        group.MapPut("/organizations/{id}/hub-organisation", async Task<Results<Ok<Response>, ValidationProblem, ForbiddenProblem, NotFoundProblem>> (
                string id, Request? request, ICurrentPerson person, HelpDb db, IOrganisationDirectory organisations,
                IAuditLog audit, TimeProvider time, IStringLocalizer<HelpStaffText> text, CancellationToken ct) =>
            {
                var outcome = await LinkAsync(id, request ?? new Request(), person, db, organisations, audit, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value!),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    _ => outcome.ToNotFound(),
                };
            })
            .WithName("LinkHelpProvider")
            .WithSummary("Staff link an HSDS organization to the Hub organisation whose members keep its offers.")
            .RequireAuthorization(HubPolicies.SignedIn);
        group.MapDelete("/organizations/{id}/hub-organisation", async Task<Results<Ok<Response>, ForbiddenProblem, NotFoundProblem>> (
                string id, ICurrentPerson person, HelpDb db, IAuditLog audit, TimeProvider time,
                IStringLocalizer<HelpStaffText> text, CancellationToken ct) =>
            {
                var outcome = await UnlinkAsync(id, person, db, audit, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value!),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    _ => outcome.ToNotFound(),
                };
            })
            .WithName("UnlinkHelpProvider")
            .WithSummary("Staff unlink an HSDS organization from its Hub organisation; nobody keeps its offers until linked again.")
            .RequireAuthorization(HubPolicies.SignedIn);
    }

    private static async Task<(Offers.Organization? Organization, Outcome<Response>? Refusal)> FindAsync(
        string organizationId, ICurrentPerson person, HelpDb db, IStringLocalizer<HelpStaffText> text, CancellationToken ct)
    {
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Id == organizationId, ct);
        if (organization is null)
        {
            return (null, Outcome<Response>.NotFound(text["Link.NotFound"]));
        }

        var covered = await db.Services.Where(s => s.OrganizationId == organizationId)
            .SelectMany(s => s.Municipalities.Select(m => m.Ags)).Distinct().ToListAsync(ct);
        return MayLink(person, covered) ? (organization, null) : (null, Outcome<Response>.Forbidden(text["Link.Forbidden"]));
    }

    [GeneratedRegex(@"/organisationen/([0-9a-fA-F-]{32,36})/?(?:[?#].*)?$")]
    private static partial Regex PagePattern();
}
