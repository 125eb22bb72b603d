using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace SmartRegion.Kernel.Problems;

/// <summary>
/// A refusal answered with problem details. <see cref="ProblemHttpResult"/> writes the body (so the platform's
/// problem details customisation applies as before); the sealed subclasses add what ProblemHttpResult cannot: a
/// fixed status code that an endpoint's <c>Results&lt;…&gt;</c> signature puts into the OpenAPI document.
/// </summary>
public abstract class RefusalProblem : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<ProblemDetails>
{
    private readonly ProblemHttpResult _problem;

    private protected RefusalProblem(string? detail, int statusCode) => _problem = TypedResults.Problem(detail, statusCode: statusCode);

    /// <summary>The HTTP status code.</summary>
    public int? StatusCode => _problem.StatusCode;

    /// <summary>The problem details written.</summary>
    public ProblemDetails Value => _problem.ProblemDetails;

    object? IValueHttpResult.Value => Value;

    /// <inheritdoc/>
    public Task ExecuteAsync(HttpContext httpContext) => _problem.ExecuteAsync(httpContext);

    private protected static void Describe(EndpointBuilder builder, int statusCode)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(statusCode, typeof(ProblemDetails), ["application/problem+json"]));
    }
}

/// <summary>403: the person may not do this; the detail says why.</summary>
public sealed class ForbiddenProblem : RefusalProblem, IEndpointMetadataProvider
{
    /// <summary>A refusal with the reason for the person as detail (none: the status says enough).</summary>
    public ForbiddenProblem(string? detail = null)
        : base(detail, StatusCodes.Status403Forbidden)
    {
    }

    /// <inheritdoc/>
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Describe(builder, StatusCodes.Status403Forbidden);
}

/// <summary>404: the record does not exist (or the person may not know of it).</summary>
public sealed class NotFoundProblem : RefusalProblem, IEndpointMetadataProvider
{
    /// <summary>A refusal with the reason for the person as detail (none: the status says enough).</summary>
    public NotFoundProblem(string? detail = null)
        : base(detail, StatusCodes.Status404NotFound)
    {
    }

    /// <inheritdoc/>
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Describe(builder, StatusCodes.Status404NotFound);
}

/// <summary>409: the record's state does not allow it.</summary>
public sealed class ConflictProblem : RefusalProblem, IEndpointMetadataProvider
{
    /// <summary>A refusal with the reason for the person as detail (none: the status says enough).</summary>
    public ConflictProblem(string? detail = null)
        : base(detail, StatusCodes.Status409Conflict)
    {
    }

    /// <inheritdoc/>
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Describe(builder, StatusCodes.Status409Conflict);
}
