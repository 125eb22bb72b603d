using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Events.Calendar;
using SmartRegion.Events.Contracts;
using SmartRegion.Events.Resources;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Organisations;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Web;

namespace SmartRegion.Events.Outcomes;

/// <summary>
/// The organisers write „Ergebnisse und Protokoll“ of an event once one of its dates has ended, and change them later:
/// plain text in paragraphs and, if they like, a link to the minutes. The public event page and its JSON show them.
/// </summary>
internal static class WriteOutcome
{
    /// <summary>What the organisers write; the API and the form alike.</summary>
    internal sealed class Request
    {
        public string? Text { get; set; }

        public string? DocumentUrl { get; set; }
    }

    internal sealed record Response(Guid Id, string Slug, string Text, string? DocumentUrl, DateTimeOffset PublishedAt, DateTimeOffset UpdatedAt);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Guid id, Request request, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, TimeProvider time,
        IStringLocalizer<EventsText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var item = await db.Events.SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (item is null)
        {
            return Outcome<Response>.NotFound(text["Event.NotFound"]);
        }

        if (!await person.CanOrganiseAsync(item, organisations, cancellationToken))
        {
            return Outcome<Response>.Forbidden(text["Scope.Forbidden"]);
        }

        if (item.Status == EventStatus.Draft)
        {
            return Outcome<Response>.Conflict(text["Outcome.Draft"]);
        }

        var now = time.GetUtcNow();
        if (!await db.Dates.AnyAsync(d => d.EventId == id && d.EndsAt <= now, cancellationToken))
        {
            return Outcome<Response>.Conflict(text["Outcome.TooEarly"]);
        }

        var body = Normalise(request?.Text);
        var url = string.IsNullOrWhiteSpace(request?.DocumentUrl) ? null : request.DocumentUrl.Trim();
        var errors = new ValidationErrors()
            .AddIf(body.Length == 0 || body.Length > Event.MaxOutcome || TextInput.HasControlCharacters(body, allowLineBreaks: true),
                nameof(Request.Text), text["Field.Outcome.Invalid", Event.MaxOutcome])
            .AddIf(url is not null && !IsHttpsUrl(url), nameof(Request.DocumentUrl), text["Field.OutcomeDocument.Invalid", Event.MaxShort]);
        if (!errors.IsEmpty)
        {
            return Outcome<Response>.Invalid(errors);
        }

        item.WriteOutcome(body, url, now);
        db.Publish(new EventChanged(item.Id), now);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Response>.Ok(new Response(item.Id, item.Slug, body, url, item.OutcomePublishedAt!.Value, item.OutcomeUpdatedAt!.Value));
    }

    /// <summary>Trims the text and writes its line breaks one way, so the length counts what is shown.</summary>
    private static string Normalise(string? value) => (value ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();

    private static bool IsHttpsUrl(string value) =>
        value.Length <= Event.MaxShort && Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !string.IsNullOrEmpty(uri.Host);

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPut("/events/{id:guid}/outcome", async Task<Results<Ok<Response>, ValidationProblem, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Guid id, Request request, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, TimeProvider time,
                IStringLocalizer<EventsText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, request, person, organisations, db, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    OutcomeKind.NotFound => outcome.ToNotFound(),
                    _ => outcome.ToConflict(),
                };
            })
            .WithName("WriteEventOutcome")
            .WithSummary("Writes or replaces an event's outcomes and minutes; 409 before any of its dates has ended or while it is a draft.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
