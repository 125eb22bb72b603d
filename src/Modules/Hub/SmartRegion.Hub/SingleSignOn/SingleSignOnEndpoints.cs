using Microsoft.AspNetCore.Routing;

namespace SmartRegion.Hub.SingleSignOn;

/// <summary>The provider's protocol endpoints under <c>/connect</c> and its JSON API under <c>/api/hub</c>.</summary>
internal static class SingleSignOnEndpoints
{
    public static void MapSingleSignOn(this IEndpointRouteBuilder endpoints, RouteGroupBuilder api)
    {
        Authorize.MapEndpoint(endpoints);
        Token.MapEndpoint(endpoints);
        UserInfo.MapEndpoint(endpoints);
        EndSession.MapEndpoint(endpoints);
        GetMe.MapEndpoint(api);
        ListClients.MapEndpoint(api);
        RegisterClient.MapEndpoint(api);
        RevokeClient.MapEndpoint(api);
        MyApplications.MapEndpoint(api);
    }
}
