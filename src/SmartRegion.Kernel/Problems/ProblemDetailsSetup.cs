using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace SmartRegion.Kernel.Problems;

/// <summary>RFC 9457 problem details for every API error, with a trace id and never an internal detail.</summary>
public static class ProblemDetailsSetup
{
    /// <summary>Registers problem details with the platform's customisation.</summary>
    public static IServiceCollection AddPlatformProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
            if (context.ProblemDetails.Status >= StatusCodes.Status500InternalServerError)
            {
                // The exception handler may have put exception details here; users never see them.
                context.ProblemDetails.Detail = "An unexpected error occurred. It has been logged.";
                context.ProblemDetails.Extensions.Remove("exception");
            }
        });
}
