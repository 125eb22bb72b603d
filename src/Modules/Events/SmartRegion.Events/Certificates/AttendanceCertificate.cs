using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Events.Calendar;
using SmartRegion.Events.Registrations;
using SmartRegion.Events.Resources;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Hub.Contracts.Organisations;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Text;
using SmartRegion.Ui.Components;

namespace SmartRegion.Events.Certificates;

/// <summary>
/// The certificate of attendance („Teilnahmebescheinigung“) as a PDF, for a person who was checked in at the door: it
/// names them, the event, its date, the organiser and the place, in the language they registered in. The registration's
/// token is the only key, as for the other links in their mails.
/// </summary>
internal static class AttendanceCertificate
{
    internal sealed record Certificate(byte[] Pdf, string FileName);

    public static string Link(string token) => $"/api/events/registrations/{token}/certificate";

    public static async Task<Outcome<Certificate>> ExecuteAsync(
        string token, EventsDb db, RegistrationTokens tokens, IOrganisationDirectory organisations, IMunicipalityDirectory municipalities, TimeProvider time,
        IStringLocalizer<EventsText> text, CancellationToken cancellationToken)
    {
        var registration = tokens.Read(token) is { } id ? await db.Registrations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) : null;
        if (registration is null)
        {
            return Outcome<Certificate>.NotFound(text["Token.Invalid"]);
        }

        if (registration.CheckedInAt is not { } checkedIn || registration.Name.Length == 0)
        {
            return Outcome<Certificate>.NotFound(text["Certificate.NotCheckedIn"]);
        }

        var date = await db.Dates.AsNoTracking().SingleAsync(d => d.Id == registration.DateId, cancellationToken);
        var item = await db.Events.AsNoTracking().SingleAsync(e => e.Id == registration.EventId, cancellationToken);
        var place = item.PlaceId is { } placeId ? await db.Places.AsNoTracking().SingleOrDefaultAsync(p => p.Id == placeId, cancellationToken) : null;
        var organisation = item.OrganisationId is { } org ? await organisations.FindAsync(new OrganisationId(org), cancellationToken) : null;
        var municipality = await municipalities.FindAsync(item.MunicipalityAgs, cancellationToken);
        var now = time.GetUtcNow();

        using (RecipientCulture.Use(registration.Language))
        {
            var culture = CultureInfo.CurrentCulture;
            var starts = BerlinTime.ToBerlin(date.StartsAt);
            var ends = BerlinTime.ToBerlin(date.EndsAt);
            var when = starts.Date == ends.Date
                ? $"{starts.ToString("D", culture)}, {starts.ToString("t", culture)}–{ends.ToString("t", culture)}"
                : $"{starts.ToString("D", culture)}, {starts.ToString("t", culture)} – {ends.ToString("D", culture)}, {ends.ToString("t", culture)}";
            var municipalityName = municipality?.Name ?? item.MunicipalityAgs;
            var organiser = organisation?.Name ?? text["Certificate.Municipality", municipalityName].Value;
            var where = (place, item.Mode) switch
            {
                (null, _) => text["Certificate.Online"].Value,
                ({ } p, AttendanceModes.Hybrid) => $"{p.Name}, {p.Address} / {text["Certificate.Online"].Value}",
                ({ } p, _) => $"{p.Name}, {p.Address}",
            };
            var pdf = CertificatePdf.Render(new CertificatePdf.Content(
                registration.Language,
                text["Certificate.Title"],
                text["Certificate.Confirms"],
                registration.Name,
                text["Certificate.Attended"],
                item.Title,
                [(text["Certificate.When"], when), (text["Certificate.Organiser"], organiser), (text["Certificate.Place"], where)],
                text["Certificate.CheckedIn", BerlinTime.Format(checkedIn)],
                text["Certificate.Issued", BerlinTime.ToBerlin(now).ToString("d", culture)]));
            return Outcome<Certificate>.Ok(new Certificate(pdf, text["Certificate.FileName"]));
        }
    }

    public static void MapEndpoint(RouteGroupBuilder group)
    {
        group.MapGet("/registrations/{token}/certificate", async Task<Results<FileContentHttpResult, NotFoundProblem>> (
                string token, HttpContext http, EventsDb db, RegistrationTokens tokens, IOrganisationDirectory organisations, IMunicipalityDirectory municipalities,
                TimeProvider time, IStringLocalizer<EventsText> text, CancellationToken ct) =>
            {
                // Personal data behind a secret address: no browser or proxy keeps a copy.
                http.Response.Headers.CacheControl = "private, no-store";
                var outcome = await ExecuteAsync(token, db, tokens, organisations, municipalities, time, text, ct);
                return outcome.IsOk ? TypedResults.File(outcome.Value!.Pdf, "application/pdf", outcome.Value.FileName) : outcome.ToNotFound();
            })
            .WithName("GetEventAttendanceCertificate")
            .WithSummary("The certificate of attendance as PDF, by the secret token from the registration's mail; 404 until the person was checked in.")
            .AllowAnonymous();
    }
}
