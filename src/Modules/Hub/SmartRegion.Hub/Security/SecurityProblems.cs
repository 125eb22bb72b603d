using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SmartRegion.Hub.Security;

/// <summary>Problem answers the security endpoints share.</summary>
internal static class SecurityProblems
{
    /// <summary>The session points at a person who no longer exists (deleted meanwhile).</summary>
    public static ProblemHttpResult NoPerson() =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in", detail: "The session belongs to no account. Please sign in again.");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: detail);
}
