using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Help.Contracts;
using SmartRegion.Help.Freshness;
using SmartRegion.Help.Resources;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Organisations;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Help.Providers;

/// <summary>
/// A member of the provider confirms that an offer is still right as it stands: its assured_date becomes today,
/// without review, since nothing the public sees changes but the date.
/// </summary>
internal static class ConfirmOffer
{
    internal sealed record Response(string ServiceId, DateOnly AssuredDate);

    public static async Task<Outcome<Response>> ExecuteAsync(
        string serviceId, ICurrentPerson person, HelpDb db, IOrganisationDirectory organisations, TimeProvider time,
        IStringLocalizer<HelpStaffText> text, CancellationToken ct)
    {
        var service = await db.Services.FirstOrDefaultAsync(s => s.Id == serviceId, ct);
        if (service is null)
        {
            return Outcome<Response>.NotFound(text["Offer.NotFound"]);
        }

        if (await OfferOwnership.MemberOrganisationAsync(db, service.OrganizationId, person, organisations, ct) is null)
        {
            return Outcome<Response>.Forbidden(text["Offer.NotMember"]);
        }

        var now = time.GetUtcNow();
        var today = OfferFreshness.Today(now);
        if (service.AssuredDate != today)
        {
            service.AssuredDate = today;
            service.LastModified = now;
            db.Publish(new OfferChanged(service.Id), now);
            await db.SaveChangesAsync(ct);
        }

        return Outcome<Response>.Ok(new Response(service.Id, today));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/offers/{serviceId}/confirm", async Task<Results<Ok<Response>, ForbiddenProblem, NotFoundProblem>> (
                string serviceId, ICurrentPerson person, HelpDb db, IOrganisationDirectory organisations, TimeProvider time,
                IStringLocalizer<HelpStaffText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(serviceId, person, db, organisations, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value!),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    _ => outcome.ToNotFound(),
                };
            })
            .WithName("ConfirmOffer")
            .WithSummary("A member of the provider confirms the offer is still current (assured_date today, no review).")
            .RequireAuthorization(HubPolicies.SignedIn);
}
