using Microsoft.EntityFrameworkCore;
using SmartRegion.Help.Offers;
using SmartRegion.Help.Revisions;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Help.Hsds;

internal static partial class HsdsImport
{
    private enum Verdict
    {
        OutOfScope,
        Crisis,
    }

    /// <summary>The offers a file can change: its own and every stored one that shows a record of the file.</summary>
    private static async Task<HashSet<string>> CandidatesAsync(HelpDb db, Batch batch, CancellationToken ct)
    {
        var links = batch.Good<HsdsServiceAtLocation>("service_at_locations").ToList();
        var candidates = batch.Good<HsdsService>("services").Select(s => s.Id).Concat(links.Select(l => l.ServiceId)).ToHashSet(StringComparer.Ordinal);
        var linkIds = links.Select(l => l.Id).ToList();
        var locationIds = batch.Good<HsdsLocation>("locations").Select(l => l.Id).ToList();
        var organizationIds = batch.Good<HsdsOrganization>("organizations").Select(o => o.Id).ToList();
        var termIds = batch.Good<HsdsTaxonomyTerm>("taxonomy_terms").Select(t => t.Id).ToList();
        candidates.UnionWith(await db.ServiceAtLocations.Where(l => linkIds.Contains(l.Id) || locationIds.Contains(l.LocationId)).Select(l => l.ServiceId).ToListAsync(ct));
        candidates.UnionWith(await db.Services.Where(s => organizationIds.Contains(s.OrganizationId)).Select(s => s.Id).ToListAsync(ct));
        candidates.UnionWith(await db.Set<ServiceAttribute>().Where(a => termIds.Contains(a.TaxonomyTermId)).Select(a => a.ServiceId).ToListAsync(ct));
        return candidates;
    }

    /// <summary>The changed offers the importer may not change directly: outside their scope first, then crisis offers.</summary>
    private static List<(string ServiceId, Verdict Verdict)> Judge(
        ImportGuard guard, IEnumerable<string> changed, Dictionary<string, OfferState> before, Dictionary<string, OfferState> after,
        IReadOnlyList<MunicipalitySummary> all)
    {
        var verdicts = new List<(string, Verdict)>();
        foreach (var id in changed.Order(StringComparer.Ordinal))
        {
            var was = before.GetValueOrDefault(id);
            var now = after.GetValueOrDefault(id);
            if (!guard.Covers(was, all) || !guard.Covers(now, all) || (was is null && now is null))
            {
                verdicts.Add((id, Verdict.OutOfScope));
            }
            else if (was?.Crisis == true || now?.Crisis == true)
            {
                verdicts.Add((id, Verdict.Crisis));
            }
        }

        return verdicts;
    }

    /// <summary>
    /// Refuses the records that made the judged changes; the record of a changed crisis offer itself (with its
    /// service-at-locations) is held for review instead. False when a change cannot be traced to a record of the file.
    /// </summary>
    private static bool Refuse(
        Batch batch, ImportGuard guard, List<(string ServiceId, Verdict Verdict)> verdicts, Touched touched,
        Dictionary<string, OfferState> before, Dictionary<string, OfferState> after, List<HeldOffer> held)
    {
        foreach (var (id, verdict) in verdicts)
        {
            var was = before.GetValueOrDefault(id);
            var now = after.GetValueOrDefault(id);
            var culprits = new List<(string Collection, string Id)>();
            if (touched.ServicesInserted.Contains(id) || touched.ServicesUpdated.Contains(id))
            {
                culprits.Add(("services", id));
            }

            culprits.AddRange(touched.Links.Where(l => l.Value.Service == id || l.Value.Former == id).Select(l => ("service_at_locations", l.Key)));
            culprits.AddRange(touched.Locations.Where(l => (was?.Locations.Contains(l) ?? false) || (now?.Locations.Contains(l) ?? false)).Select(l => ("locations", l)));
            culprits.AddRange(touched.Organizations.Where(o => o == was?.OrganizationId || o == now?.OrganizationId).Select(o => ("organizations", o)));
            culprits.AddRange(touched.Terms.Where(t => (was?.Terms.Contains(t) ?? false) || (now?.Terms.Contains(t) ?? false)).Select(t => ("taxonomy_terms", t)));
            if (culprits.Count == 0)
            {
                return false;
            }

            if (verdict == Verdict.OutOfScope)
            {
                culprits.ForEach(c => batch.Refuse(c.Collection, c.Id, guard.Text["Import.OutOfScope", id]));
                continue;
            }

            if (culprits.Contains(("services", id)) && batch.Find<HsdsService>("services", id) is { } service)
            {
                var links = batch.Good<HsdsServiceAtLocation>("service_at_locations").Where(l => l.ServiceId == id).ToList();
                var locationIds = links.Select(l => l.LocationId).ToHashSet(StringComparer.Ordinal);
                var locations = batch.Good<HsdsLocation>("locations").Where(l => locationIds.Contains(l.Id)).ToList();
                var ags = (was?.Ags ?? new HashSet<string>()).Union(now?.Ags ?? new HashSet<string>(), StringComparer.Ordinal).ToList();
                held.Add(new HeldOffer(new HsdsFile([], [service], locations, links, []), was is null, ags));
                batch.Refuse("services", id, guard.Text["Import.CrisisHeld", id], isHeld: true);
                links.ForEach(l => batch.Refuse("service_at_locations", l.Id, guard.Text["Import.CrisisHeld", id], isHeld: true));
            }

            culprits.ForEach(c => batch.Refuse(c.Collection, c.Id, guard.Text["Import.CrisisRefused", id]));
        }

        return true;
    }

    /// <summary>Each held crisis offer becomes a pending revision that only a region admin other than the importer approves.</summary>
    private static async Task<List<Guid>> ProposeHeldAsync(HelpDb db, ImportGuard guard, List<HeldOffer> held, DateTimeOffset now, CancellationToken ct)
    {
        var ids = new List<Guid>();
        foreach (var offer in held)
        {
            var service = offer.Snapshot.Services[0];
            foreach (var earlier in await db.OfferRevisions.Where(r => r.ServiceId == service.Id && r.Status == RevisionStatus.Pending).ToListAsync(ct))
            {
                earlier.Supersede(now);
            }

            // An import speaks for no provider organisation: the revision names the Hub organisation of the provider when linked.
            var hub = await db.Organizations.Where(o => o.Id == service.OrganizationId).Select(o => o.HubOrganisationId).FirstOrDefaultAsync(ct);
            var revision = OfferRevision.Propose(
                service.Id, service.Name, service.OrganizationId ?? "", hub ?? Guid.Empty, offer.IsNew,
                System.Text.Json.JsonSerializer.Serialize(offer.Snapshot, HsdsFile.Json), guard.Person.Id!.Value.Value, guard.Person.DisplayName,
                guard.Text["Import.RevisionComment"], offer.Ags, reviewedByRegion: true, now);
            db.OfferRevisions.Add(revision);
            ids.Add(revision.Id);
        }

        return ids;
    }

    /// <summary>One audit entry per import: the counts and the ids of what was created, updated or held for review.</summary>
    private static AuditRecord AuditOf(ImportGuard guard, ReadOnlyMemory<byte> content, Outcome<Response> outcome, Touched? touched)
    {
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content.Span));
        string details;
        if (outcome.IsOk && outcome.Value is { } r && touched is not null)
        {
            static string Ids(IEnumerable<string> ids) => ids.Any() ? string.Join(",", ids.Order(StringComparer.Ordinal)) : "-";
            details = $"received {r.Received}, inserted {r.Inserted}, updated {r.Updated}, unchanged {r.Unchanged}, rejected {r.Rejected}, " +
                $"held for review {r.HeldForReview.Count}; services created: {Ids(touched.ServicesInserted)}; services updated: {Ids(touched.ServicesUpdated)}; " +
                $"organizations created: {Ids(touched.OrganizationsInserted)}; organizations updated: {Ids(touched.Organizations.Except(touched.OrganizationsInserted))}; " +
                $"held for review: {Ids(r.HeldForReview)}";
        }
        else
        {
            details = $"nothing imported ({outcome.Kind}): " + (outcome.Message ?? string.Join(" ", outcome.Errors.SelectMany(e => e.Value)));
        }

        return new AuditRecord("help-offers.import", "hsds-file", "sha256:" + hash, guard.AuditMunicipality, details);
    }

    private sealed record HeldOffer(HsdsFile Snapshot, bool IsNew, IReadOnlyList<string> Ags);

    /// <summary>What one pass of the upsert changed, record by record, to trace a change of an offer back to the records that made it.</summary>
    private sealed class Touched
    {
        public HashSet<string> ServicesInserted { get; } = new(StringComparer.Ordinal);

        public HashSet<string> ServicesUpdated { get; } = new(StringComparer.Ordinal);

        public HashSet<string> OrganizationsInserted { get; } = new(StringComparer.Ordinal);

        /// <summary>Inserted or updated.</summary>
        public HashSet<string> Organizations { get; } = new(StringComparer.Ordinal);

        /// <summary>Inserted or updated.</summary>
        public HashSet<string> Locations { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Terms { get; } = new(StringComparer.Ordinal);

        /// <summary>Inserted or updated service-at-locations with the service they name now and before.</summary>
        public Dictionary<string, (string Service, string? Former)> Links { get; } = new(StringComparer.Ordinal);

        public void CopyFrom(Touched pass)
        {
            ServicesInserted.UnionWith(pass.ServicesInserted);
            ServicesUpdated.UnionWith(pass.ServicesUpdated);
            OrganizationsInserted.UnionWith(pass.OrganizationsInserted);
            Organizations.UnionWith(pass.Organizations);
            Locations.UnionWith(pass.Locations);
            Terms.UnionWith(pass.Terms);
            foreach (var (id, link) in pass.Links)
            {
                Links[id] = link;
            }
        }
    }
}
