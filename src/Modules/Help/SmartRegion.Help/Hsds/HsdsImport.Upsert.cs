using Microsoft.EntityFrameworkCore;
using SmartRegion.Help.Offers;

namespace SmartRegion.Help.Hsds;

internal static partial class HsdsImport
{
    /// <summary>
    /// Stores the good records of the batch by id, kind after kind in the order their references need, and notes what
    /// changed: the services whose search entry and coverage must follow, and the records the scope check traces back.
    /// </summary>
    private static async Task UpsertAsync(
        HelpDb db, Batch batch, DateTimeOffset now, Counts counts, HashSet<string> changedServices, HashSet<string> coverageServices, Touched touched,
        CancellationToken ct)
    {
        var taxonomies = batch.Good<HsdsTaxonomy>("taxonomies").Select(t => t.ToEntity()).ToList();
        await UpsertAllAsync(db, counts, db.Taxonomies, t => t.Id, taxonomies, ct);
        await AddDerivedTaxonomiesAsync(db, batch, taxonomies, ct);

        var terms = await UpsertAllAsync(
            db, counts, db.TaxonomyTerms, t => t.Id, batch.Good<HsdsTaxonomyTerm>("taxonomy_terms").Select(t => t.ToEntity(now)), ct,
            keep: (stored, term) => term.LastModified = stored.LastModified,
            stamp: stored => stored.LastModified = now);
        var changedTerms = Ids(terms, Change.Updated);
        touched.Terms.UnionWith(changedTerms);

        // The link to a Hub organisation is the profile's, not the file's: it is kept.
        var organizations = await UpsertAllAsync(
            db, counts, db.Organizations.Include(o => o.Phones), o => o.Id, batch.Good<HsdsOrganization>("organizations").Select(o => o.ToEntity(now)), ct,
            keep: (stored, organization) => (organization.HubOrganisationId, organization.LastModified) = (stored.HubOrganisationId, stored.LastModified),
            children: (stored, organization) => SyncChildren(db, stored.Phones, organization.Phones, p => p.Id),
            stamp: stored => stored.LastModified = now);
        var changedOrganizations = Ids(organizations, Change.Updated);
        touched.OrganizationsInserted.UnionWith(Ids(organizations, Change.Inserted));
        touched.Organizations.UnionWith(Ids(organizations, Change.Inserted, Change.Updated));

        var locations = await UpsertAllAsync(
            db, counts, db.Locations.Include(l => l.Addresses).Include(l => l.Accessibility).AsSplitQuery(), l => l.Id,
            batch.Good<HsdsLocation>("locations").Select(l => l.ToEntity(now)), ct,
            keep: (stored, location) => location.LastModified = stored.LastModified,
            children: (stored, location) => SyncChildren(db, stored.Addresses, location.Addresses, a => a.Id)
                | SyncChildren(db, stored.Accessibility, location.Accessibility, a => a.Id),
            stamp: stored => stored.LastModified = now);
        var changedLocations = Ids(locations, Change.Updated);
        touched.Locations.UnionWith(Ids(locations, Change.Inserted, Change.Updated));

        // Nationwide is decided on the platform, not in the file; a service without last_modified gets the time of its change.
        var wires = batch.Good<HsdsService>("services").ToList();
        var undated = wires.Where(s => s.LastModified is null).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var services = await UpsertAllAsync(
            db, counts, db.Services.Include(s => s.Phones).Include(s => s.Languages).Include(s => s.CostOptions).Include(s => s.ServiceAreas).Include(s => s.Attributes).AsSplitQuery(), s => s.Id,
            wires.Select(s => s.ToEntity(now)), ct,
            keep: (stored, service) =>
            {
                service.IsNationwide = stored.IsNationwide;
                if (undated.Contains(service.Id))
                {
                    service.LastModified = stored.LastModified;
                }
            },
            children: (stored, service) => SyncChildren(db, stored.Phones, service.Phones, p => p.Id)
                | SyncChildren(db, stored.Languages, service.Languages, l => l.Id)
                | SyncChildren(db, stored.CostOptions, service.CostOptions, c => c.Id)
                | SyncChildren(db, stored.ServiceAreas, service.ServiceAreas, a => a.Id)
                | SyncChildren(db, stored.Attributes, service.Attributes, a => a.Id),
            stamp: stored =>
            {
                if (undated.Contains(stored.Id))
                {
                    stored.LastModified = now;
                }
            });
        touched.ServicesInserted.UnionWith(Ids(services, Change.Inserted));
        touched.ServicesUpdated.UnionWith(Ids(services, Change.Updated));
        changedServices.UnionWith(Ids(services, Change.Inserted, Change.Updated));
        coverageServices.UnionWith(Ids(services, Change.Inserted, Change.Updated));

        var links = await UpsertAllAsync(
            db, counts, db.ServiceAtLocations.Include(s => s.Schedules), s => s.Id, batch.Good<HsdsServiceAtLocation>("service_at_locations").Select(s => s.ToEntity()), ct,
            children: (stored, link) => SyncChildren(db, stored.Schedules, link.Schedules, x => x.Id));
        foreach (var (_, link, _, stored) in links.Where(l => l.Change != Change.Unchanged))
        {
            // The service the link named before this import (a moved link changes both offers).
            var former = stored is null ? null : db.Entry(stored).Property(s => s.ServiceId).OriginalValue;
            touched.Links[link.Id] = (link.ServiceId, former);
            string[] affected = former is null || former == link.ServiceId ? [link.ServiceId] : [link.ServiceId, former];
            changedServices.UnionWith(affected);
            coverageServices.UnionWith(affected);
        }

        // Services that show a changed organization, location or category change too (their search entry does).
        var atChangedLocations = await db.ServiceAtLocations.Where(s => changedLocations.Contains(s.LocationId)).Select(s => s.ServiceId).ToListAsync(ct);
        coverageServices.UnionWith(atChangedLocations);
        changedServices.UnionWith(atChangedLocations);
        changedServices.UnionWith(await db.Services.Where(s => changedOrganizations.Contains(s.OrganizationId)).Select(s => s.Id).ToListAsync(ct));
        changedServices.UnionWith(await db.Set<ServiceAttribute>().Where(a => changedTerms.Contains(a.TaxonomyTermId)).Select(a => a.ServiceId).ToListAsync(ct));
    }

    /// <summary>One taxonomy per taxonomy name that terms only name (without a taxonomy record); an existing one stays as it is.</summary>
    private static async Task AddDerivedTaxonomiesAsync(HelpDb db, Batch batch, List<Taxonomy> delivered, CancellationToken ct)
    {
        var derived = batch.Good<HsdsTaxonomyTerm>("taxonomy_terms")
            .Where(t => t.TaxonomyId is null && t.Taxonomy is { Length: > 0 })
            .Select(t => t.Taxonomy!).Distinct(StringComparer.Ordinal)
            .Select(name => new Taxonomy { Id = Taxonomy.IdForName(name), Name = name, Description = name, IsDerived = true })
            .Where(t => delivered.All(x => x.Id != t.Id))
            .ToList();
        var ids = derived.Select(t => t.Id).ToList();
        var stored = (await db.Taxonomies.Where(t => ids.Contains(t.Id)).Select(t => t.Id).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        db.AddRange(derived.Where(t => !stored.Contains(t.Id)));
    }

    /// <summary>
    /// The one upsert by id of every kind: a new record is added; a stored one first takes over what the file does not
    /// own (<paramref name="keep"/>), then the file's values and children (<paramref name="children"/>), and when that
    /// changed anything it is stamped (<paramref name="stamp"/>). Each record is counted as inserted, updated or unchanged.
    /// </summary>
    /// <param name="stored">The kind's table with the children the comparison needs; its key is the text property <c>Id</c>.</param>
    private static async Task<List<Upserted<T>>> UpsertAllAsync<T>(
        HelpDb db, Counts counts, IQueryable<T> stored, Func<T, string> id, IEnumerable<T> incoming, CancellationToken ct,
        Action<T, T>? keep = null, Func<T, T, bool>? children = null, Action<T>? stamp = null)
        where T : class
    {
        var records = incoming.ToList();
        var ids = records.Select(id).ToList();
        var found = await stored.Where(r => ids.Contains(EF.Property<string>(r, "Id"))).ToDictionaryAsync(id, ct);
        var upserted = new List<Upserted<T>>(records.Count);
        foreach (var record in records)
        {
            var old = found.GetValueOrDefault(id(record));
            Change change;
            if (old is null)
            {
                db.Add(record);
                change = Change.Inserted;
            }
            else
            {
                keep?.Invoke(old, record);
                var changed = SetValues(db, old, record) | (children?.Invoke(old, record) ?? false);
                if (changed)
                {
                    stamp?.Invoke(old);
                }

                change = changed ? Change.Updated : Change.Unchanged;
            }

            counts.Add(change);
            upserted.Add(new(id(record), record, change, old));
        }

        return upserted;
    }

    /// <summary>The ids of the records upserted with one of these changes, in file order.</summary>
    private static List<string> Ids<T>(List<Upserted<T>> upserted, params Change[] changes)
        where T : class =>
        [.. upserted.Where(u => changes.Contains(u.Change)).Select(u => u.Id)];

    /// <summary>A record of the file as upserted; <see cref="Stored"/> is the tracked row it updated, null when inserted.</summary>
    private sealed record Upserted<T>(string Id, T Record, Change Change, T? Stored)
        where T : class;

    private static bool SetValues(HelpDb db, object stored, object incoming)
    {
        var entry = db.Entry(stored);
        entry.CurrentValues.SetValues(incoming);
        return entry.Properties.Any(p => p.IsModified);
    }

    /// <summary>Makes <paramref name="current"/> (tracked) equal to <paramref name="incoming"/>, matching by id.</summary>
    internal static bool SyncChildren<T>(HelpDb db, List<T> current, List<T> incoming, Func<T, string> key)
        where T : class
    {
        var changed = false;
        var wanted = incoming.Select(key).ToHashSet(StringComparer.Ordinal);
        foreach (var old in current.Where(c => !wanted.Contains(key(c))).ToList())
        {
            current.Remove(old);
            db.Remove(old);
            changed = true;
        }

        var have = current.ToDictionary(key, StringComparer.Ordinal);
        foreach (var item in incoming)
        {
            if (have.TryGetValue(key(item), out var old))
            {
                changed |= SetValues(db, old, item);
            }
            else
            {
                current.Add(item);
                db.Add(item);
                changed = true;
            }
        }

        return changed;
    }

    private enum Change
    {
        Inserted,
        Updated,
        Unchanged,
    }

    private sealed class Counts
    {
        public int Inserted { get; private set; }

        public int Updated { get; private set; }

        public int Unchanged { get; private set; }

        public void Add(Change change)
        {
            switch (change)
            {
                case Change.Inserted: Inserted++; break;
                case Change.Updated: Updated++; break;
                default: Unchanged++; break;
            }
        }
    }
}
