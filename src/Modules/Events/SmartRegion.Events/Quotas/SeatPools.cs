using SmartRegion.Hub.Contracts;
using SmartRegion.Hub.Contracts.People;

namespace SmartRegion.Events.Quotas;

/// <summary>
/// The pools a date's seats are given from: the whole capacity when the event has no quotas (pool id null), else one
/// pool per quota. Staff may take seats of a staff quota and, when that is full, of a quota for everyone; everyone else
/// only of a quota for everyone. Pure rules; the database's lock around them is <c>SeatLedger</c>'s.
/// </summary>
internal sealed class SeatPools
{
    private SeatPools(IReadOnlyList<Pool> pools) => All = pools;

    /// <summary>One pool: the quota (null for the whole capacity), its seats, and whether only staff may take them.</summary>
    internal sealed record Pool(Guid? Id, int Seats, bool StaffOnly);

    /// <summary>Staff pools first, then those for everyone, each in the organiser's order.</summary>
    public IReadOnlyList<Pool> All { get; }

    public bool HasQuotas => All.Count > 0 && All[0].Id is not null;

    public static SeatPools For(int capacity, IEnumerable<Quota> quotas)
    {
        var list = quotas.OrderBy(q => q.Eligible == QuotaEligibility.Staff ? 0 : 1).ThenBy(q => q.Position)
            .Select(q => new Pool(q.Id, q.Seats, q.Eligible == QuotaEligibility.Staff)).ToList();
        return new SeatPools(list.Count == 0 ? [new Pool(null, capacity, false)] : list);
    }

    /// <summary>The pools open to the person, in the order they are tried; the first is where they wait when all are full.</summary>
    public IReadOnlyList<Pool> OpenTo(bool staff) => [.. All.Where(p => staff || !p.StaffOnly)];

    /// <summary>Pools a waiting entry of <paramref name="pool"/> may also be given a seat from (staff falling back to a quota for everyone).</summary>
    public bool MayFallBack(Guid? from, Pool to) => !to.StaffOnly && All.Any(p => p.Id == from && p.StaffOnly);

    /// <summary>Whether the person counts as staff for a staff quota: signed in with a staff or admin role anywhere in the region.</summary>
    public static bool IsStaff(ICurrentPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.IsSignedIn && person.MunicipalitiesFor(HubRoles.Staff) is not { Count: 0 };
    }

    /// <summary>
    /// Where a new entry of <paramref name="seats"/> goes: the first open pool with room and nobody in its line, or null
    /// to wait in the first open pool. <paramref name="held"/> and <paramref name="queued"/> are per pool id.
    /// </summary>
    public static Pool? Place(IReadOnlyList<Pool> open, int seats, Func<Guid?, int> held, Func<Guid?, bool> queued) =>
        open.FirstOrDefault(p => !queued(p.Id) && seats <= p.Seats - held(p.Id));
}
