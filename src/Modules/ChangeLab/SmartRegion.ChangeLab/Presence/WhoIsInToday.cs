using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.ChangeLab.Bookables;
using SmartRegion.ChangeLab.Bookings;
using SmartRegion.ChangeLab.Resources;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Time;

namespace SmartRegion.ChangeLab.Presence;

/// <summary>
/// „Wer ist heute da?“: the colleagues who share their presence and hold a confirmed booking of a desk or room today
/// (Europe/Berlin), with the place and the time. Only someone who shares their own presence sees it; bookings given
/// back, released for a no-show, declined or still waiting for approval do not count. Each read is recorded in the audit log.
/// </summary>
internal static class WhoIsInToday
{
    /// <param name="Name">The name the colleague chose to be shown, as it was when they booked.</param>
    internal sealed record Item(string Name, string Resource, string ResourceName, string Kind, DateTimeOffset StartsAt, DateTimeOffset EndsAt);

    internal sealed record Response(DateOnly Day, IReadOnlyList<Item> Colleagues);

    public static async Task<Outcome<Response>> ExecuteAsync(
        ICurrentPerson person, ChangeLabDb db, IPersonRoles roles, TimeProvider time, IAuditLog audit, IStringLocalizer<ChangeLabText> text,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(audit);
        if (person.Id is not { } who || !ChangeLabAccess.IsStaff(person))
        {
            return Outcome<Response>.Forbidden(text["Booking.StaffOnly"]);
        }

        var me = who.Value;
        if (!await db.PresenceSharings.AnyAsync(p => p.PersonId == me, cancellationToken))
        {
            return Outcome<Response>.Forbidden(text["Presence.ShareFirst"]);
        }

        var today = BerlinDay.Of(time.GetUtcNow());
        var sharing = db.PresenceSharings.Select(p => p.PersonId);
        var rows = await db.Bookings.AsNoTracking()
            .Where(b => b.Day == today && b.Status == BookingStatus.Confirmed && b.PersonId != me && sharing.Contains(b.PersonId))
            .Join(db.Bookables.Where(r => r.Kind == BookableKinds.Desk || r.Kind == BookableKinds.Room), b => b.BookableId, r => r.Id,
                (b, r) => new { b.PersonId, Item = new Item(b.PersonName, r.Slug, r.Name, r.Kind, b.StartsAt, b.EndsAt) })
            .ToListAsync(cancellationToken);
        // Someone whose staff role was taken away is no longer a colleague here, whatever they agreed to and booked before.
        var staff = new HashSet<Guid>();
        foreach (var id in rows.Select(r => r.PersonId).Distinct())
        {
            if (await roles.HoldsAnyAsync(new PersonId(id), ChangeLabAccess.StaffRoles, cancellationToken))
            {
                staff.Add(id);
            }
        }

        var colleagues = rows.Where(r => staff.Contains(r.PersonId)).Select(r => r.Item)
            .OrderBy(i => i.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(i => i.StartsAt).ToList();
        // Colleagues' whereabouts are personal data: every read is recorded, page and JSON alike.
        await audit.RecordAsync(new AuditRecord("changelab-presence.read", "changelab-day", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Details: "entries=" + colleagues.Count.ToString(CultureInfo.InvariantCulture)), cancellationToken);
        return Outcome<Response>.Ok(new Response(today, colleagues));
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapGet("/today", async Task<Results<Ok<Response>, ForbiddenProblem>> (
                ICurrentPerson person, ChangeLabDb db, IPersonRoles roles, TimeProvider time, IAuditLog audit, IStringLocalizer<ChangeLabText> text,
                CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(person, db, roles, time, audit, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
                    _ => outcome.ToForbidden(),
                };
            })
            .WithName("WhoIsInTheChangeLabToday")
            .WithSummary("Colleagues who share their presence and have a confirmed desk or room booking today (Europe/Berlin); 403 unless the signed-in person shares their own presence (PUT /api/changelab/me/presence-sharing).")
            .RequireAuthorization(ChangeLabAccess.StaffPolicy);
}
