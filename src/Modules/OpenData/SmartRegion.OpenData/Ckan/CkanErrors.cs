using Microsoft.AspNetCore.Http;
using SmartRegion.OpenData.Tabular;

namespace SmartRegion.OpenData.Ckan;

/// <summary>The CKAN error envelopes the catalogue actions answer with besides those of <see cref="CkanEnvelope"/>.</summary>
internal static class CkanErrors
{
    public const string AuthorizationError = "Authorization Error";

    /// <summary>No valid token, or a token of another organisation (403, as CKAN answers).</summary>
    public static IResult Forbidden(HttpRequest request, string action, string message) =>
        Failure(request, action, StatusCodes.Status403Forbidden, AuthorizationError, message);

    public static IResult Failure(HttpRequest request, string action, int status, string type, string message) =>
        TypedResults.Json(new Dictionary<string, object?>
        {
            ["help"] = CkanEnvelope.HelpUrl(request, action),
            ["success"] = false,
            ["error"] = new Dictionary<string, object?> { ["__type"] = type, ["message"] = message },
        }, CkanEnvelope.Json, statusCode: status);
}
