using System.Net.Mail;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Help.Offers;
using SmartRegion.Help.Resources;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Web;

namespace SmartRegion.Help.Feedback;

/// <summary>„Angaben veraltet? Melden“: anyone says what is wrong with an offer; it waits for the review.</summary>
internal static class ReportOutdatedOffer
{
    internal sealed record Request(IReadOnlyList<string>? Reasons, string? Comment, string? ContactEmail);

    internal sealed record Response(Guid Id);

    /// <summary>Null when the offer does not exist (or is no longer listed); otherwise the stored feedback or the errors.</summary>
    public static async Task<Outcome<Response>?> ExecuteAsync(
        string serviceId, Request request, HelpDb db, TimeProvider time, IStringLocalizer<HelpText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(serviceId) || serviceId.Length > OfferLimits.Id || TextInput.HasControlCharacters(serviceId)
            || !await db.Services.AnyAsync(s => s.Id == serviceId && s.Status != "inactive" && s.Status != "defunct", cancellationToken))
        {
            return null;
        }

        var reasons = (request.Reasons ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var errors = new ValidationErrors();
        if (reasons.Any(r => !FeedbackReasons.IsKnown(r)))
        {
            errors.Add(nameof(Request.Reasons), text["Feedback.Reasons.Unknown", string.Join(", ", FeedbackReasons.All)]);
        }
        else if (reasons.Count == 0 && string.IsNullOrWhiteSpace(request.Comment))
        {
            errors.Add(nameof(Request.Reasons), text["Feedback.Reasons.Required"]);
        }

        if (request.Comment is { } comment)
        {
            errors.AddIf(comment.Trim().Length > OfferFeedback.MaxComment, nameof(Request.Comment), text["Feedback.Comment.TooLong", OfferFeedback.MaxComment]);
            errors.AddIf(TextInput.HasControlCharacters(comment, allowLineBreaks: true), nameof(Request.Comment), text["Feedback.Comment.Invalid"]);
        }

        errors.AddIf(!string.IsNullOrWhiteSpace(request.ContactEmail) && !IsEmail(request.ContactEmail),
            nameof(Request.ContactEmail), text["Feedback.ContactEmail.Invalid"]);
        if (!errors.IsEmpty)
        {
            return Outcome<Response>.Invalid(errors);
        }

        var feedback = OfferFeedback.Create(serviceId, reasons, request.Comment, request.ContactEmail, time.GetUtcNow());
        db.Add(feedback);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Response>.Ok(new Response(feedback.Id));
    }

    private static bool IsEmail(string value) =>
        value.Trim().Length <= OfferFeedback.MaxEmail
        && MailAddress.TryCreate(value.Trim(), out var address)
        && address.Address == value.Trim()
        && address.Host.Contains('.', StringComparison.Ordinal);

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/services/{id}/feedback", async Task<Results<Created<Response>, ValidationProblem, ProblemHttpResult>> (
                string id, Request request, HelpDb db, TimeProvider time, IStringLocalizer<HelpText> text, CancellationToken ct) =>
            {
                var result = await ExecuteAsync(id, request, db, time, text, ct);
                if (result is null)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Offer not found",
                        detail: "No listed offer of the help directory has this id.");
                }

                return result.IsOk
                    ? TypedResults.Created($"/api/help/services/{Uri.EscapeDataString(id)}/feedback/{result.Value!.Id}", result.Value)
                    : result.ToValidationProblem();
            })
            .WithName("ReportOutdatedOffer")
            .WithSummary("Reports that an offer's details are out of date (reasons: phone, address, hours, costs, description, ended, other).")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.PublicWrite);
}
