using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Web;
using SmartRegion.Participation.Processes;
using SmartRegion.Participation.Resources;
using SmartRegion.Participation.Voting;

namespace SmartRegion.Participation.Verification;

/// <summary>
/// Staff make one-time codes for a list of residents (one line each: name; address). The codes are shown once, on the
/// printable list the letters are made from; only their hashes are kept.
/// </summary>
internal static class GenerateLetterCodes
{
    public const int MaxLines = 2_000;

    internal sealed record Request(string? MunicipalityAgs, string? Recipients);

    internal sealed record Letter(string Name, string Address, string Code);

    internal sealed record Response(string MunicipalityAgs, IReadOnlyList<Letter> Letters);

    public static async Task<Outcome<Response>> ExecuteAsync(
        Request request, ICurrentPerson person, ParticipationDb db, IAuditLog audit, TimeProvider time, IStringLocalizer<ParticipationText> text,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        var ags = request.MunicipalityAgs?.Trim() ?? "";
        errors.AddIf(!Ags.IsWellFormed(ags), nameof(Request.MunicipalityAgs), text["Field.Municipality.Unknown"]);
        var lines = (request.Recipients ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var recipients = new List<(string Name, string Address)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split(';', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length is 0 or > VerifiedResident.MaxName || parts[1].Length is 0 or > LetterCode.MaxAddress
                || TextInput.HasControlCharacters(lines[i]))
            {
                errors.Add(nameof(Request.Recipients), text["Letters.BadLine", i + 1]);
                break;
            }

            recipients.Add((parts[0], parts[1]));
        }

        errors.AddIf(recipients.Count == 0 && errors.IsEmpty, nameof(Request.Recipients), text["Letters.Required"]);
        errors.AddIf(lines.Length > MaxLines, nameof(Request.Recipients), text["Letters.TooMany", MaxLines]);
        if (!errors.IsEmpty)
        {
            return Outcome<Response>.Invalid(errors);
        }

        if (!person.CanRun(ags))
        {
            return Outcome<Response>.Forbidden(text["Scope.Forbidden"]);
        }

        var now = time.GetUtcNow();
        var letters = recipients.Select(r => new Letter(r.Name, r.Address, ReceiptCode.New())).ToList();
        db.LetterCodes.AddRange(letters.Select(l => LetterCode.Create(ags, ReceiptCode.Hash(l.Code), l.Name, l.Address, now)));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditRecord("participation-letter-codes.generated", "participation-letter-codes", now.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ags, $"{letters.Count} letters"), cancellationToken);
        return Outcome<Response>.Ok(new Response(ags, letters));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/letter-codes", async Task<Results<Ok<Response>, ValidationProblem, ForbiddenProblem>> (
                Request request, ICurrentPerson person, ParticipationDb db, IAuditLog audit, TimeProvider time, IStringLocalizer<ParticipationText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(request, person, db, audit, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    _ => outcome.ToForbidden(),
                };
            })
            .WithName("GenerateLetterCodes")
            .WithSummary("Staff make one-time verification codes for residents (one 'name; address' per line); the codes are in this answer only.")
            .RequireAuthorization(HubPolicies.SignedIn);
}
