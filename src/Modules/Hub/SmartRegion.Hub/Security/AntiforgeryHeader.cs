using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace SmartRegion.Hub.Security;

/// <summary>
/// JSON writes that a browser sends with the session cookie carry the page's antiforgery token in the
/// <c>RequestVerificationToken</c> header. Minimal APIs check tokens only on form posts, so these endpoints check it here.
/// </summary>
internal static class AntiforgeryHeader
{
    public const string Name = "RequestVerificationToken";

    public static TBuilder RequireAntiforgeryHeader<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var antiforgery = context.HttpContext.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(context.HttpContext))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Missing or invalid antiforgery token",
                    detail: $"Send the token of the page's form in the {Name} header.");
            }

            return await next(context);
        });
}
