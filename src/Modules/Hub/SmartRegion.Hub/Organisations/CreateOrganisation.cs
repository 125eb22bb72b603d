using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Hub.Municipalities;
using SmartRegion.Hub.Resources;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Web;

namespace SmartRegion.Hub.Organisations;

/// <summary>Any signed-in person founds an organisation and becomes its owner.</summary>
internal static class CreateOrganisation
{
    internal sealed class Request
    {
        public string? Name { get; set; }

        public string? Kind { get; set; }

        public string? MunicipalityAgs { get; set; }
    }

    internal sealed record Response(Guid Id);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Request request, ICurrentPerson person, HubDb db, TimeProvider time, IStringLocalizer<OrganisationText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(person);
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors.Add(nameof(Request.Name), text["Create.Name.Required"]);
        }
        else
        {
            errors.AddIf(request.Name.Trim().Length > Organisation.MaxName || TextInput.HasControlCharacters(request.Name),
                nameof(Request.Name), text["Create.Name.Invalid", Organisation.MaxName]);
        }

        var kind = OrganisationNames.ParseKind(request.Kind);
        errors.AddIf(kind is null, nameof(Request.Kind), text["Create.Kind.Required"]);
        var ags = string.IsNullOrWhiteSpace(request.MunicipalityAgs) ? null : request.MunicipalityAgs.Trim();
        errors.AddIf(ags is not null && !await db.Set<Municipality>().AnyAsync(m => m.Ags == ags, cancellationToken),
            nameof(Request.MunicipalityAgs), text["Create.Municipality.Unknown"]);
        if (!errors.IsEmpty)
        {
            return Outcome<Response>.Invalid(errors);
        }

        var organisation = Organisation.Create(request.Name!, kind!.Value, ags, person.Id!.Value.Value, time.GetUtcNow());
        db.Set<Organisation>().Add(organisation);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Response>.Ok(new Response(organisation.Id));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/organizations", async Task<Results<Created<Response>, ValidationProblem>> (
                Request request, ICurrentPerson person, HubDb db, TimeProvider time, IStringLocalizer<OrganisationText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(request, person, db, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Created($"/api/hub/organizations/{outcome.Value!.Id}", outcome.Value!),
                    _ => outcome.ToValidationProblem(),
                };
            })
            .WithName("CreateOrganization")
            .WithSummary("Founds an organisation (provider, club or office); the caller becomes its owner.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
