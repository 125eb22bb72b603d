using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Events.Calendar;
using SmartRegion.Events.Contracts;
using SmartRegion.Events.Registrations;
using SmartRegion.Events.Resources;
using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Contracts.Organisations;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Web;

namespace SmartRegion.Events.Quotas;

/// <summary>
/// The organisers split an event's seats per date into quotas (or remove them all): the list sent replaces the one
/// stored, a quota keeping its id keeps its entries. Together the quotas hold at most the event's seats; a quota cannot
/// go below the seats it has given on a date, nor be removed while someone holds or waits for one of its seats; quotas
/// are first set up before anyone has registered. More seats go to the quota's line at once.
/// </summary>
internal static class SetQuotas
{
    internal sealed class Row
    {
        public Guid? Id { get; set; }

        public string? Name { get; set; }

        public string? NameEn { get; set; }

        public int? Seats { get; set; }

        public string? Eligible { get; set; }
    }

    /// <summary>The API's body and the page's form alike; on the page, blank rows are left out.</summary>
    internal sealed class Request
    {
        public List<Row>? Quotas { get; set; }
    }

    internal sealed record Item(Guid Id, string Name, string? NameEn, int Seats, string Eligible);

    internal sealed record Response(Guid EventId, int? Capacity, IReadOnlyList<Item> Quotas);

    public static async Task<Outcome<Response>> GetAsync(
        Guid id, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, IStringLocalizer<EventsText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var item = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (item is null)
        {
            return Outcome<Response>.NotFound(text["Event.NotFound"]);
        }

        if (!await person.CanOrganiseAsync(item, organisations, cancellationToken))
        {
            return Outcome<Response>.Forbidden(text["Scope.Forbidden"]);
        }

        return Outcome<Response>.Ok(new Response(id, item.Capacity, await ItemsAsync(db, id, cancellationToken)));
    }

    public static async Task<Outcome<Response>> ExecuteAsync(
        Guid id, Request request, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, IAuditLog audit, TimeProvider time,
        IStringLocalizer<EventsText> text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var item = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (item is null)
        {
            return Outcome<Response>.NotFound(text["Event.NotFound"]);
        }

        if (!await person.CanOrganiseAsync(item, organisations, cancellationToken))
        {
            return Outcome<Response>.Forbidden(text["Scope.Forbidden"]);
        }

        if (item.Capacity is not { } capacity)
        {
            return Outcome<Response>.Conflict(text["Quotas.NoRegistration"]);
        }

        var rows = request?.Quotas ?? [];
        var stored = await db.Quotas.Where(q => q.EventId == id).ToListAsync(cancellationToken);
        var errors = new ValidationErrors();
        errors.AddIf(rows.Count > Quota.MaxPerEvent, nameof(Request.Quotas), text["Field.Quotas.TooMany", Quota.MaxPerEvent]);
        var held = await db.Registrations.Where(r => r.EventId == id && r.QuotaId != null && (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Offered))
            .GroupBy(r => new { r.QuotaId, r.DateId }).Select(g => new { g.Key.QuotaId, Seats = g.Sum(r => r.Seats) }).ToListAsync(cancellationToken);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Math.Min(rows.Count, Quota.MaxPerEvent); i++)
        {
            var row = rows[i];
            var field = $"{nameof(Request.Quotas)}[{i}].";
            var name = row.Name?.Trim() ?? "";
            var nameEn = row.NameEn?.Trim() ?? "";
            errors.AddIf(name.Length is 0 or > Quota.MaxName || TextInput.HasControlCharacters(name), field + nameof(Row.Name), text["Field.QuotaName.Invalid", Quota.MaxName]);
            errors.AddIf(name.Length > 0 && !names.Add(name), field + nameof(Row.Name), text["Field.QuotaName.Twice", name]);
            errors.AddIf(nameEn.Length > Quota.MaxName || TextInput.HasControlCharacters(nameEn), field + nameof(Row.NameEn), text["Field.QuotaNameEn.Invalid", Quota.MaxName]);
            errors.AddIf(row.Seats is null or < 1 or > 100_000, field + nameof(Row.Seats), text["Field.QuotaSeats.Invalid"]);
            errors.AddIf(!QuotaEligibility.All.Contains(row.Eligible ?? ""), field + nameof(Row.Eligible), text["Field.QuotaEligible.Invalid"]);
            if (row.Id is { } quotaId)
            {
                errors.AddIf(stored.All(q => q.Id != quotaId), field + nameof(Row.Id), text["Field.Quota.Unknown"]);
                var taken = held.Where(h => h.QuotaId == quotaId).Select(h => h.Seats).DefaultIfEmpty(0).Max();
                errors.AddIf(row.Seats is { } seats && seats < taken, field + nameof(Row.Seats), text["Field.QuotaSeats.BelowTaken", taken]);
            }
        }

        var sum = rows.Sum(r => Math.Max(0, r.Seats ?? 0));
        errors.AddIf(sum > capacity, nameof(Request.Quotas), text["Field.Quotas.OverCapacity", sum, capacity]);
        if (!errors.IsEmpty)
        {
            return Outcome<Response>.Invalid(errors);
        }

        var kept = rows.Where(r => r.Id is not null).Select(r => r.Id!.Value).ToHashSet();
        var removed = stored.Where(q => !kept.Contains(q.Id)).Select(q => q.Id).ToList();
        var active = await db.Registrations.Where(r => r.EventId == id &&
                (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Offered || r.Status == RegistrationStatus.Waiting
                    || r.Status == RegistrationStatus.Entered))
            .Select(r => r.QuotaId).ToListAsync(cancellationToken);
        if (active.Any(q => q is { } quota && removed.Contains(quota)))
        {
            return Outcome<Response>.Conflict(text["Quotas.InUse"]);
        }

        if (active.Any(q => q is null) && rows.Count > 0)
        {
            return Outcome<Response>.Conflict(text["Quotas.RegistrationsExist"]);
        }

        var now = time.GetUtcNow();
        db.Quotas.RemoveRange(stored.Where(q => removed.Contains(q.Id)));
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var (name, nameEn) = (row.Name!.Trim(), string.IsNullOrWhiteSpace(row.NameEn) ? null : row.NameEn.Trim());
            if (row.Id is { } quotaId)
            {
                stored.Single(q => q.Id == quotaId).Change(i, name, nameEn, row.Seats!.Value, row.Eligible!);
            }
            else
            {
                db.Quotas.Add(Quota.Create(id, i, name, nameEn, row.Seats!.Value, row.Eligible!));
            }
        }

        db.Publish(new EventChanged(id), now);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditRecord("events.quotas.updated", "event", id.ToString(), item.MunicipalityAgs), cancellationToken);
        await OfferFreedSeatsAsync(db, id, capacity, now, cancellationToken);
        return Outcome<Response>.Ok(new Response(id, capacity, await ItemsAsync(db, id, cancellationToken)));
    }

    /// <summary>More seats in a quota go to its line at once, date by date under each date's lock.</summary>
    private static async Task OfferFreedSeatsAsync(EventsDb db, Guid eventId, int capacity, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var dates = await db.Dates.Where(d => d.EventId == eventId && d.StartsAt > now).Select(d => d.Id).ToListAsync(cancellationToken);
        foreach (var dateId in dates)
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await SeatLedger.LockAsync(db, dateId, cancellationToken);
            foreach (var offer in await SeatLedger.RebalanceAsync(db, dateId, capacity, now, cancellationToken))
            {
                db.Publish(new RegistrationChanged(offer.Id, offer.EventId, RegistrationChanged.Offered), now);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private static async Task<IReadOnlyList<Item>> ItemsAsync(EventsDb db, Guid id, CancellationToken cancellationToken) =>
        await db.Quotas.AsNoTracking().Where(q => q.EventId == id).OrderBy(q => q.Position)
            .Select(q => new Item(q.Id, q.Name, q.NameEn, q.Seats, q.Eligible)).ToListAsync(cancellationToken);

    public static void MapEndpoint(RouteGroupBuilder group)
    {
        group.MapGet("/events/{id:guid}/quotas", async Task<Results<Ok<Response>, ForbiddenProblem, NotFoundProblem>> (
                Guid id, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, IStringLocalizer<EventsText> text, CancellationToken ct) =>
            {
                var outcome = await GetAsync(id, person, organisations, db, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    _ => outcome.ToNotFound(),
                };
            })
            .WithName("GetEventQuotas")
            .WithSummary("The quotas of an event's seats per date; for its organisers.")
            .RequireAuthorization(HubPolicies.SignedIn);
        group.MapPut("/events/{id:guid}/quotas", async Task<Results<Ok<Response>, ValidationProblem, ForbiddenProblem, NotFoundProblem, ConflictProblem>> (
                Guid id, Request request, ICurrentPerson person, IOrganisationDirectory organisations, EventsDb db, IAuditLog audit, TimeProvider time,
                IStringLocalizer<EventsText> text, CancellationToken ct) =>
            {
                var outcome = await ExecuteAsync(id, request, person, organisations, db, audit, time, text, ct);
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    OutcomeKind.NotFound => outcome.ToNotFound(),
                    _ => outcome.ToConflict(),
                };
            })
            .WithName("SetEventQuotas")
            .WithSummary("Replaces the quotas of an event's seats (name, English name, seats, eligible: staff or everyone); together at most the event's seats. An empty list removes them. 409 when a removed quota is in use or people registered before the first quotas.")
            .RequireAuthorization(HubPolicies.SignedIn);
    }
}
