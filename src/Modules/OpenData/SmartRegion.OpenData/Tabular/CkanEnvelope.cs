using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace SmartRegion.OpenData.Tabular;

/// <summary>
/// CKAN's action API envelope: <c>{"help": …, "success": true, "result": …}</c>, or <c>"success": false</c> with an
/// <c>error</c> object whose <c>__type</c> names the kind (<c>Validation Error</c> with messages per field,
/// <c>Not Found Error</c>, <c>Bad Request</c> with a message).
/// </summary>
internal static class CkanEnvelope
{
    public const string ValidationError = "Validation Error";
    public const string NotFoundError = "Not Found Error";
    public const string BadRequest = "Bad Request";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static string HelpUrl(HttpRequest request, string action)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{request.PathBase}/api/3/action/help_show?name={Uri.EscapeDataString(action)}";
    }

    public static IResult Success(HttpRequest request, string action, object result) =>
        TypedResults.Json(new Dictionary<string, object?>
        {
            ["help"] = HelpUrl(request, action),
            ["success"] = true,
            ["result"] = result,
        }, Json);

    /// <summary>A validation error: messages per field (409, as CKAN answers).</summary>
    public static IResult Invalid(HttpRequest request, string action, IReadOnlyDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var error = new Dictionary<string, object?> { ["__type"] = ValidationError };
        foreach (var (field, messages) in errors)
        {
            error[field] = messages;
        }

        return Failure(request, action, StatusCodes.Status409Conflict, error);
    }

    public static IResult NotFound(HttpRequest request, string action, string message) =>
        Failure(request, action, StatusCodes.Status404NotFound, new Dictionary<string, object?> { ["__type"] = NotFoundError, ["message"] = message });

    public static IResult Bad(HttpRequest request, string action, string message) =>
        Failure(request, action, StatusCodes.Status400BadRequest, new Dictionary<string, object?> { ["__type"] = BadRequest, ["message"] = message });

    private static IResult Failure(HttpRequest request, string action, int status, Dictionary<string, object?> error) =>
        TypedResults.Json(new Dictionary<string, object?>
        {
            ["help"] = HelpUrl(request, action),
            ["success"] = false,
            ["error"] = error,
        }, Json, statusCode: status);
}
