using System.Net.Mail;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Resources;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Web;

namespace SmartRegion.Hub.Accessibility;

/// <summary>Anyone reports an accessibility barrier; region admins see the reports.</summary>
internal static class ReportBarrier
{
    internal sealed class Request
    {
        public string? PageUrl { get; set; }

        public string? Description { get; set; }

        public string? ContactEmail { get; set; }
    }

    internal sealed record Response(Guid Id);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Request request, HubDb db, TimeProvider time, IStringLocalizer<HubText> text, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.AddIf(request.PageUrl is { Length: > BarrierReport.MaxPageUrl } || TextInput.HasControlCharacters(request.PageUrl),
            nameof(Request.PageUrl), text["Barrier.PageUrl.Invalid", BarrierReport.MaxPageUrl]);
        if (string.IsNullOrWhiteSpace(request.Description))
        {
            errors.Add(nameof(Request.Description), text["Barrier.Description.Required"]);
        }
        else
        {
            errors.AddIf(request.Description.Length > BarrierReport.MaxDescription, nameof(Request.Description), text["Barrier.Description.TooLong", BarrierReport.MaxDescription]);
            errors.AddIf(TextInput.HasControlCharacters(request.Description, allowLineBreaks: true), nameof(Request.Description), text["Barrier.Description.Invalid"]);
        }

        errors.AddIf(!string.IsNullOrWhiteSpace(request.ContactEmail) && !IsEmail(request.ContactEmail),
            nameof(Request.ContactEmail), text["Barrier.ContactEmail.Invalid"]);
        if (!errors.IsEmpty)
        {
            return Outcome<Response>.Invalid(errors);
        }

        var report = BarrierReport.Create(request.PageUrl, request.Description!, request.ContactEmail, time.GetUtcNow());
        db.BarrierReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Response>.Ok(new Response(report.Id));
    }

    private static bool IsEmail(string value) =>
        value.Length <= BarrierReport.MaxEmail
        && MailAddress.TryCreate(value.Trim(), out var address)
        && address.Address == value.Trim()
        && address.Host.Contains('.', StringComparison.Ordinal);

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/barrier-reports", async Task<Results<Created<Response>, ValidationProblem>> (
                Request request, HubDb db, TimeProvider time, IStringLocalizer<HubText> text, CancellationToken ct) =>
            {
                var result = await ExecuteAsync(request, db, time, text, ct);
                return result.IsOk
                    ? TypedResults.Created($"/api/hub/barrier-reports/{result.Value!.Id}", result.Value)
                    : result.ToValidationProblem();
            })
            .WithName("ReportBarrier")
            .WithSummary("Reports an accessibility barrier on the platform.")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.PublicWrite);
}
