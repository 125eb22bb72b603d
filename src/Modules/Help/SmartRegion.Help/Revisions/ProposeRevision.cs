using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Help.Hsds;
using SmartRegion.Help.Providers;
using SmartRegion.Help.Resources;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Hub.Contracts.Organisations;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Help.Revisions;

/// <summary>
/// A member of the provider's Hub organisation proposes a changed or a new offer. The proposal waits for staff
/// review; the live offer stays as it is. An earlier pending proposal for the same offer is superseded.
/// </summary>
internal static class ProposeRevision
{
    internal sealed record Response(Guid RevisionId, string ServiceId, string Status);

    /// <summary>The form as the edit page first shows it, or null when the offer does not exist.</summary>
    public static async Task<OfferForm?> LoadFormAsync(string serviceId, HelpDb db, IMunicipalityDirectory municipalities, CancellationToken ct) =>
        (await OfferDraft.LoadAsync(db, serviceId, ct))?.ToForm(await municipalities.ListAsync(ct));

    /// <param name="serviceId">The offer to change; null for a new offer of <see cref="OfferForm.OrganizationId"/>.</param>
    public static async Task<Outcome<Response>> ExecuteAsync(
        string? serviceId, OfferForm form, ICurrentPerson person, HelpDb db, IOrganisationDirectory organisations,
        IMunicipalityDirectory municipalities, TimeProvider time, IStringLocalizer<HelpStaffText> text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(person);
        form.WithRows();
        OfferDraft draft;
        if (serviceId is null)
        {
            var organizationId = form.OrganizationId?.Trim() ?? "";
            if (organizationId.Length == 0 || !await db.Organizations.AnyAsync(o => o.Id == organizationId, ct))
            {
                return Outcome<Response>.Invalid(new ValidationErrors().Add(nameof(OfferForm.OrganizationId), text["Form.Organization.Required"]));
            }

            draft = OfferDraft.New(organizationId);
        }
        else
        {
            var loaded = await OfferDraft.LoadAsync(db, serviceId, ct);
            if (loaded is null)
            {
                return Outcome<Response>.NotFound(text["Offer.NotFound"]);
            }

            draft = loaded;
        }

        var hubOrganisation = await OfferOwnership.MemberOrganisationAsync(db, draft.Service.OrganizationId!, person, organisations, ct);
        if (hubOrganisation is not { } hub)
        {
            return Outcome<Response>.Forbidden(text["Offer.NotMember"]);
        }

        var all = await municipalities.ListAsync(ct);
        var categories = (await db.TaxonomyTerms.Where(t => t.ParentId != null).Select(t => t.Id).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var errors = new ValidationErrors();
        var parsed = OfferFormRules.Check(form, draft.Location is not null, categories, all.Select(m => m.Ags).ToHashSet(StringComparer.Ordinal), text, errors);
        if (parsed is null)
        {
            return Outcome<Response>.Invalid(errors);
        }

        var file = draft.Apply(form, parsed, all);
        var id = file.Services[0].Id;
        var live = await db.Services.Where(s => s.Id == id)
            .Select(s => new { s.IsNationwide, Ags = s.Municipalities.Select(m => m.Ags).ToList() }).FirstOrDefaultAsync(ct);
        var (byRegion, ags) = ReviewScope.For(file, live?.Ags ?? [], live?.IsNationwide ?? false, all);
        byRegion |= await OfferState.TouchesCrisisAsync(db, id, file, ct);
        var now = time.GetUtcNow();
        foreach (var earlier in await db.OfferRevisions.Where(r => r.ServiceId == id && r.Status == RevisionStatus.Pending).ToListAsync(ct))
        {
            earlier.Supersede(now);
        }

        var revision = OfferRevision.Propose(
            id, file.Services[0].Name, draft.Service.OrganizationId!, hub, draft.IsNew, JsonSerializer.Serialize(file, HsdsFile.Json),
            person.Id!.Value.Value, person.DisplayName, string.IsNullOrWhiteSpace(form.Comment) ? null : form.Comment.Trim(), ags, byRegion, now);
        db.OfferRevisions.Add(revision);
        await db.SaveChangesAsync(ct);
        return Outcome<Response>.Ok(new Response(revision.Id, id, "pending"));
    }

    public static void MapEndpoints(RouteGroupBuilder group)
    {
        group.MapGet("/offers/{serviceId}/form", async Task<Results<Ok<OfferForm>, ForbiddenProblem, NotFoundProblem>> (string serviceId, ICurrentPerson person, HelpDb db, IOrganisationDirectory organisations,
                IMunicipalityDirectory municipalities, IStringLocalizer<HelpStaffText> text, CancellationToken ct) =>
            {
                var organization = await db.Services.Where(s => s.Id == serviceId).Select(s => s.OrganizationId).FirstOrDefaultAsync(ct);
                if (organization is null)
                {
                    return new NotFoundProblem(text["Offer.NotFound"]);
                }

                return await OfferOwnership.MemberOrganisationAsync(db, organization, person, organisations, ct) is null
                    ? new ForbiddenProblem(text["Offer.NotMember"])
                    : TypedResults.Ok(await LoadFormAsync(serviceId, db, municipalities, ct));
            })
            .WithName("GetOfferForm")
            .WithSummary("The offer's main fields as the provider form edits them; the body to change and send back as a revision.")
            .RequireAuthorization(HubPolicies.SignedIn);
        group.MapPost("/offers/{serviceId}/revisions", (string serviceId, OfferForm form, ICurrentPerson person, HelpDb db, IOrganisationDirectory organisations,
                IMunicipalityDirectory municipalities, TimeProvider time, IStringLocalizer<HelpStaffText> text, CancellationToken ct) =>
                RespondAsync(serviceId, form, person, db, organisations, municipalities, time, text, ct))
            .WithName("ProposeOfferRevision")
            .WithSummary("A member of the provider proposes a change of an offer; it waits for staff review.")
            .RequireAuthorization(HubPolicies.SignedIn);
        group.MapPost("/revisions", async Task<Results<Created<Response>, ValidationProblem, ForbiddenProblem>> (OfferForm form, ICurrentPerson person,
                HelpDb db, IOrganisationDirectory organisations, IMunicipalityDirectory municipalities, TimeProvider time,
                IStringLocalizer<HelpStaffText> text, CancellationToken ct) =>
            {
                // A new offer has no record to miss yet: the outcome is created, invalid or forbidden.
                var outcome = await ExecuteAsync(null, form, person, db, organisations, municipalities, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => Created(outcome.Value!),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    _ => outcome.ToForbidden(),
                };
            })
            .WithName("ProposeNewOffer")
            .WithSummary("A member of the provider proposes a new offer (organizationId names the provider); it waits for staff review.")
            .RequireAuthorization(HubPolicies.SignedIn);
    }

    private static async Task<Results<Created<Response>, ValidationProblem, ForbiddenProblem, NotFoundProblem>> RespondAsync(
        string serviceId, OfferForm form, ICurrentPerson person, HelpDb db, IOrganisationDirectory organisations,
        IMunicipalityDirectory municipalities, TimeProvider time, IStringLocalizer<HelpStaffText> text, CancellationToken ct)
    {
        var outcome = await ExecuteAsync(serviceId, form, person, db, organisations, municipalities, time, text, ct);
        return outcome.Kind switch
        {
            OutcomeKind.Ok => Created(outcome.Value!),
            OutcomeKind.Invalid => outcome.ToValidationProblem(),
            OutcomeKind.Forbidden => outcome.ToForbidden(),
            _ => outcome.ToNotFound(),
        };
    }

    private static Created<Response> Created(Response response) => TypedResults.Created($"/api/help/revisions/{response.RevisionId}", response);
}
