using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.People;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SmartRegion.Hub.SingleSignOn;

/// <summary>
/// The consents a person has given: the applications holding a valid permanent authorization for them, each of
/// which the person can withdraw. Withdrawing revokes the authorization and every token issued under it, so the
/// application's refresh and access tokens stop working at once and its next request asks for consent again.
/// </summary>
internal static class MyApplications
{
    internal sealed record Item(string AuthorizationId, string ClientId, string Name, IReadOnlyList<string> Scopes, DateTimeOffset? GrantedAt);

    /// <summary>The person's valid permanent authorizations, newest first.</summary>
    public static async Task<IReadOnlyList<Item>> ListAsync(
        PersonId person, IOpenIddictAuthorizationManager authorizations, IOpenIddictApplicationManager applications, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authorizations);
        ArgumentNullException.ThrowIfNull(applications);
        var items = new List<Item>();
        await foreach (var authorization in authorizations.FindBySubjectAsync(person.Value.ToString(), cancellationToken))
        {
            if (await DescribeAsync(authorization, authorizations, applications, cancellationToken) is { } item)
            {
                items.Add(item);
            }
        }

        return [.. items.OrderByDescending(i => i.GrantedAt)];
    }

    /// <summary>One of the person's own valid permanent authorizations, or <c>null</c> (unknown, another person's, already withdrawn).</summary>
    public static async Task<Item?> FindAsync(
        PersonId person, string authorizationId, IOpenIddictAuthorizationManager authorizations, IOpenIddictApplicationManager applications, CancellationToken cancellationToken) =>
        await FindOwnAsync(person, authorizationId, authorizations, cancellationToken) is { } authorization
            ? await DescribeAsync(authorization, authorizations, applications, cancellationToken)
            : null;

    /// <summary>Withdraws the consent: revokes the person's authorization and its tokens. <c>false</c> when it is not theirs or not valid.</summary>
    public static async Task<bool> WithdrawAsync(
        PersonId person, string authorizationId, IOpenIddictAuthorizationManager authorizations, IOpenIddictTokenManager tokens, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (await FindOwnAsync(person, authorizationId, authorizations, cancellationToken) is not { } authorization)
        {
            return false;
        }

        await tokens.RevokeByAuthorizationIdAsync(authorizationId, cancellationToken);
        return await authorizations.TryRevokeAsync(authorization, cancellationToken);
    }

    public static void MapEndpoint(RouteGroupBuilder group)
    {
        group.MapGet("/me/applications", async Task<Results<Ok<IReadOnlyList<Item>>, UnauthorizedHttpResult>> (
                ICurrentPerson current, IOpenIddictAuthorizationManager authorizations, IOpenIddictApplicationManager applications, CancellationToken ct) =>
                current.Id is { } person
                    ? TypedResults.Ok(await ListAsync(person, authorizations, applications, ct))
                    : TypedResults.Unauthorized())
            .WithName("ListMyApplications")
            .WithSummary("The applications the signed-in person has given consent to, with the scopes granted.")
            .RequireAuthorization(HubPolicies.SignedIn);
        group.MapDelete("/me/applications/{authorizationId}", async Task<Results<NoContent, NotFound, UnauthorizedHttpResult>> (
                string authorizationId, ICurrentPerson current, IOpenIddictAuthorizationManager authorizations, IOpenIddictTokenManager tokens, CancellationToken ct) =>
            {
                if (current.Id is not { } person)
                {
                    return TypedResults.Unauthorized();
                }

                return await WithdrawAsync(person, authorizationId, authorizations, tokens, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
            })
            .WithName("WithdrawMyApplication")
            .WithSummary("Withdraws the signed-in person's consent to an application: revokes the authorization and its tokens.")
            .RequireAuthorization(HubPolicies.SignedIn);
    }

    private static async Task<object?> FindOwnAsync(PersonId person, string authorizationId, IOpenIddictAuthorizationManager authorizations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authorizations);
        // The store's keys are Guids; anything else is unknown rather than an error.
        if (!Guid.TryParse(authorizationId, out _)
            || await authorizations.FindByIdAsync(authorizationId, cancellationToken) is not { } authorization
            || !string.Equals(await authorizations.GetSubjectAsync(authorization, cancellationToken), person.Value.ToString(), StringComparison.Ordinal)
            || !await authorizations.HasStatusAsync(authorization, Statuses.Valid, cancellationToken)
            || !await authorizations.HasTypeAsync(authorization, AuthorizationTypes.Permanent, cancellationToken))
        {
            return null;
        }

        return authorization;
    }

    private static async Task<Item?> DescribeAsync(
        object authorization, IOpenIddictAuthorizationManager authorizations, IOpenIddictApplicationManager applications, CancellationToken cancellationToken)
    {
        if (!await authorizations.HasStatusAsync(authorization, Statuses.Valid, cancellationToken)
            || !await authorizations.HasTypeAsync(authorization, AuthorizationTypes.Permanent, cancellationToken)
            || await authorizations.GetApplicationIdAsync(authorization, cancellationToken) is not { } applicationId
            || await applications.FindByIdAsync(applicationId, cancellationToken) is not { } application)
        {
            return null;
        }

        var clientId = await applications.GetClientIdAsync(application, cancellationToken) ?? "";
        return new Item(
            await authorizations.GetIdAsync(authorization, cancellationToken) ?? "",
            clientId,
            await applications.GetLocalizedDisplayNameAsync(application, cancellationToken) ?? clientId,
            [.. await authorizations.GetScopesAsync(authorization, cancellationToken)],
            await authorizations.GetCreationDateAsync(authorization, cancellationToken));
    }
}
