using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Contracts;
using SmartRegion.Help.Contracts;
using SmartRegion.Help.Offers;
using SmartRegion.Help.Resources;
using SmartRegion.Hub.Contracts.Audit;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Help.Hsds;

/// <summary>
/// Imports an HSDS 3.0 file (the normalised form: <c>organizations</c>, <c>services</c>, <c>locations</c>,
/// <c>service_at_locations</c>, <c>taxonomy_terms</c>, optionally <c>taxonomies</c>). Every record is checked
/// against the official schemas (when configured) and the German profile; a bad record is reported with its JSON
/// path and nothing of it is stored, nor of the records that depend on it. The good records are upserted by id in
/// one transaction, with an <see cref="OfferChanged"/> event for every service that changed. A file that cannot be
/// read as an HSDS object changes nothing.
/// </summary>
internal static partial class HsdsImport
{
    /// <summary>Largest accepted file (the demo directory of 259 services is 1.2 MB).</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    private static readonly string[] Collections = ["taxonomies", "taxonomy_terms", "organizations", "locations", "services", "service_at_locations"];

    /// <summary>One reason a record was not stored; <see cref="Path"/> is a JSON pointer into the file.</summary>
    internal sealed record Problem(string Path, string Reason);

    internal sealed record Response(
        bool OfficialSchemaChecked,
        int Received,
        int Inserted,
        int Updated,
        int Unchanged,
        int Rejected,
        IReadOnlyList<Problem> Problems,
        IReadOnlyList<string> ChangedServiceIds,
        IReadOnlyList<string> HeldForReview,
        IReadOnlyList<Guid> ReviewIds)
    {
        /// <summary>Says when only the built-in profile checks ran.</summary>
        public string? Notice => OfficialSchemaChecked
            ? null
            : $"The official HSDS 3.0 schema check was not run: no schema folder is configured ({HsdsSchemas.SettingName}). Only the built-in profile checks ran.";
    }

    /// <summary>Field name of a problem with the file as a whole (it changes nothing).</summary>
    public const string FileField = "file";

    /// <summary>
    /// An import by a person: only offers within the importer's municipalities change (district-wide and nationwide
    /// ones only by region admins), changes of crisis offers wait for review, and the import is written to the audit log.
    /// </summary>
    public static async Task<Outcome<Response>> ExecuteAsync(
        ReadOnlyMemory<byte> content, ICurrentPerson person, HelpDb db, HsdsSchemas schemas, IMunicipalityDirectory municipalities,
        IAuditLog audit, IStringLocalizer<HsdsText> text, TimeProvider time, CancellationToken cancellationToken)
    {
        var guard = new ImportGuard(person, audit, text);
        var touched = new Touched();
        var outcome = await ImportAsync(content, db, schemas, municipalities, time, allOrNothing: false, guard, touched, cancellationToken);
        await audit.RecordAsync(AuditOf(guard, content, outcome, touched), cancellationToken);
        return outcome;
    }

    /// <summary>The platform's own demo directory on first start: no person, no scope.</summary>
    public static Task<Outcome<Response>> SeedAsync(
        ReadOnlyMemory<byte> content, HelpDb db, HsdsSchemas schemas, IMunicipalityDirectory municipalities, TimeProvider time, CancellationToken cancellationToken) =>
        ImportAsync(content, db, schemas, municipalities, time, allOrNothing: false, guard: null, new Touched(), cancellationToken);

    /// <summary>
    /// Like <see cref="ExecuteAsync"/>, but one rejected record rejects the whole file: nothing is stored and the
    /// problems come back as validation errors keyed by JSON pointer. For files that stand for one change already
    /// reviewed and audited, e.g. an approved offer revision. Changes the caller tracked on <paramref name="db"/> are
    /// saved in the same transaction.
    /// </summary>
    public static Task<Outcome<Response>> ExecuteAllOrNothingAsync(
        ReadOnlyMemory<byte> content, HelpDb db, HsdsSchemas schemas, IMunicipalityDirectory municipalities, TimeProvider time, CancellationToken cancellationToken) =>
        ImportAsync(content, db, schemas, municipalities, time, allOrNothing: true, guard: null, new Touched(), cancellationToken);

    private static async Task<Outcome<Response>> ImportAsync(
        ReadOnlyMemory<byte> content, HelpDb db, HsdsSchemas schemas, IMunicipalityDirectory municipalities, TimeProvider time, bool allOrNothing,
        ImportGuard? guard, Touched touched, CancellationToken cancellationToken)
    {
        var fileError = ReadFile(content, out var root);
        if (fileError is not null)
        {
            return Outcome<Response>.Invalid(new ValidationErrors().Add(FileField, fileError));
        }

        var now = time.GetUtcNow();
        var batch = new Batch(schemas, guard?.Text);
        batch.Read<HsdsTaxonomy>(root!, "taxonomies", HsdsProfile.Check);
        batch.Read<HsdsTaxonomyTerm>(root!, "taxonomy_terms", HsdsProfile.Check);
        batch.Read<HsdsOrganization>(root!, "organizations", HsdsProfile.Check);
        batch.Read<HsdsLocation>(root!, "locations", HsdsProfile.Check);
        batch.Read<HsdsService>(root!, "services", HsdsProfile.Check);
        batch.Read<HsdsServiceAtLocation>(root!, "service_at_locations", HsdsProfile.Check);
        batch.CheckChildIds();
        await batch.CheckChildOwnersAsync(db, cancellationToken);
        await batch.CheckReferencesAsync(db, cancellationToken);
        if (allOrNothing && batch.RejectedCount > 0)
        {
            var errors = new ValidationErrors();
            foreach (var problem in batch.Problems)
            {
                errors.Add(problem.Path, problem.Reason);
            }

            return Outcome<Response>.Invalid(errors);
        }

        var all = await municipalities.ListAsync(cancellationToken);
        var held = new List<HeldOffer>();
        while (true)
        {
            var counts = new Counts();
            var changedServices = new HashSet<string>(StringComparer.Ordinal);
            var coverageServices = new HashSet<string>(StringComparer.Ordinal);
            var pass = new Touched();
            var reviews = new List<Guid>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var before = guard is null ? null : await OfferState.LoadAsync(db, await CandidatesAsync(db, batch, cancellationToken), cancellationToken);
                await UpsertAsync(db, batch, now, counts, changedServices, coverageServices, pass, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await ServiceCoverage.UpdateAsync(db, coverageServices, all, changedServices, cancellationToken);
                if (guard is not null)
                {
                    // Judged on the stored result, so that every way a record reaches an offer (its provider, a place,
                    // a category, the service areas) counts; the refused records are taken out and the rest tried again.
                    await db.SaveChangesAsync(cancellationToken);
                    var after = await OfferState.LoadAsync(db, changedServices, cancellationToken);
                    var verdicts = Judge(guard, changedServices, before!, after, all);
                    if (verdicts.Count > 0)
                    {
                        await transaction.RollbackAsync(cancellationToken);
                        db.ChangeTracker.Clear();
                        if (!Refuse(batch, guard, verdicts, pass, before!, after, held))
                        {
                            return Outcome<Response>.Forbidden(guard.Text["Import.Untraceable"]);
                        }

                        await batch.CheckReferencesAsync(db, cancellationToken);
                        continue;
                    }

                    reviews = await ProposeHeldAsync(db, guard, held, now, cancellationToken);
                }

                foreach (var serviceId in changedServices.Order(StringComparer.Ordinal))
                {
                    db.Publish(new OfferChanged(serviceId), now);
                }

                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return Outcome<Response>.Conflict("The records could not be stored together (an id is already used elsewhere); nothing was changed.");
            }

            touched.CopyFrom(pass);
            return Outcome<Response>.Ok(new Response(
                schemas.IsConfigured, batch.Received, counts.Inserted, counts.Updated, counts.Unchanged, batch.RejectedCount,
                batch.Problems, [.. changedServices.Order(StringComparer.Ordinal)], [.. held.Select(h => h.Snapshot.Services[0].Id)], reviews));
        }
    }

    public static void MapEndpoint(RouteGroupBuilder group) =>
        group.MapPost("/imports", async (
                HttpRequest request, ICurrentPerson person, HelpDb db, HsdsSchemas schemas, IMunicipalityDirectory municipalities,
                IAuditLog audit, IStringLocalizer<HsdsText> text, TimeProvider time, CancellationToken ct) =>
            {
                var content = await ReadBodyAsync(request, ct);
                if (content is null)
                {
                    return TypedResults.Problem(
                        $"Send the HSDS file as the JSON body or as the form field 'file' (at most {MaxBytes / 1024 / 1024} MB).",
                        statusCode: StatusCodes.Status413PayloadTooLarge);
                }

                var outcome = await ExecuteAsync(content, person, db, schemas, municipalities, audit, text, time, ct);
                return outcome.IsOk ? TypedResults.Ok(outcome.Value) : outcome.ToProblem();
            })
            .RequireAuthorization(HubPolicies.MunicipalityAdmin)
            .DisableAntiforgery()
            .WithName("ImportHsds")
            .WithSummary("Imports an HSDS 3.0 file (JSON body or multipart field 'file'): good records are upserted by id, bad ones reported with their JSON path.");

    /// <summary>The uploaded file (multipart field <c>file</c>) or the raw body; null when missing or too large.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBytes + (64 * 1024))
        {
            return null;
        }

        Stream source;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            if (form.Files.GetFile("file") is not { } file || file.Length > MaxBytes)
            {
                return null;
            }

            source = file.OpenReadStream();
        }
        else
        {
            source = request.Body;
        }

        await using (source)
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await source.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }

    private static string? ReadFile(ReadOnlyMemory<byte> content, out JsonObject? root)
    {
        root = null;
        var bytes = content.Span;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        if (bytes.IsEmpty)
        {
            return "The file is empty.";
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(bytes, documentOptions: new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            return $"The file is not valid JSON (line {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1}); nothing was imported.";
        }

        if (node is not JsonObject obj)
        {
            return "The file is not an HSDS 3.0 object: it must be one JSON object with the collections organizations, services, locations, service_at_locations and taxonomy_terms.";
        }

        if (!Collections.Any(obj.ContainsKey))
        {
            return "The file has none of the HSDS 3.0 collections (organizations, services, locations, service_at_locations, taxonomy_terms, taxonomies).";
        }

        foreach (var name in Collections)
        {
            if (obj.TryGetPropertyValue(name, out var value) && value is not JsonArray)
            {
                return $"/{name} must be an array of HSDS records.";
            }
        }

        root = obj;
        return null;
    }

    private static async Task UpsertAsync(
        HelpDb db, Batch batch, DateTimeOffset now, Counts counts, HashSet<string> changedServices, HashSet<string> coverageServices, Touched touched,
        CancellationToken ct)
    {
        // Taxonomies: delivered ones, and one per taxonomy name that terms only name.
        var taxonomies = batch.Good<HsdsTaxonomy>("taxonomies").Select(t => t.ToEntity()).ToList();
        var derived = batch.Good<HsdsTaxonomyTerm>("taxonomy_terms")
            .Where(t => t.TaxonomyId is null && t.Taxonomy is { Length: > 0 })
            .Select(t => t.Taxonomy!).Distinct(StringComparer.Ordinal)
            .Select(name => new Taxonomy { Id = Taxonomy.IdForName(name), Name = name, Description = name, IsDerived = true })
            .Where(t => taxonomies.All(x => x.Id != t.Id))
            .ToList();
        var taxonomyIds = taxonomies.Concat(derived).Select(t => t.Id).ToList();
        var storedTaxonomies = await db.Taxonomies.Where(t => taxonomyIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        foreach (var taxonomy in taxonomies)
        {
            counts.Add(Upsert(db, storedTaxonomies.GetValueOrDefault(taxonomy.Id), taxonomy));
        }

        foreach (var taxonomy in derived.Where(t => !storedTaxonomies.ContainsKey(t.Id)))
        {
            db.Add(taxonomy);
        }

        // Taxonomy terms.
        var terms = batch.Good<HsdsTaxonomyTerm>("taxonomy_terms").Select(t => t.ToEntity(now)).ToList();
        var termIds = terms.Select(t => t.Id).ToList();
        var storedTerms = await db.TaxonomyTerms.Where(t => termIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        var changedTerms = new List<string>();
        foreach (var term in terms)
        {
            var stored = storedTerms.GetValueOrDefault(term.Id);
            if (stored is not null)
            {
                term.LastModified = stored.LastModified;
            }

            var change = Upsert(db, stored, term);
            if (change == Change.Updated)
            {
                stored!.LastModified = now;
                changedTerms.Add(term.Id);
                touched.Terms.Add(term.Id);
            }

            counts.Add(change);
        }

        // Organizations (the link to a Hub organisation is the profile's, not the file's: it is kept).
        var organizations = batch.Good<HsdsOrganization>("organizations").Select(o => o.ToEntity(now)).ToList();
        var organizationIds = organizations.Select(o => o.Id).ToList();
        var storedOrganizations = await db.Organizations.Include(o => o.Phones)
            .Where(o => organizationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var changedOrganizations = new List<string>();
        foreach (var organization in organizations)
        {
            var stored = storedOrganizations.GetValueOrDefault(organization.Id);
            Change change;
            if (stored is null)
            {
                db.Add(organization);
                touched.OrganizationsInserted.Add(organization.Id);
                touched.Organizations.Add(organization.Id);
                change = Change.Inserted;
            }
            else
            {
                organization.HubOrganisationId = stored.HubOrganisationId;
                organization.LastModified = stored.LastModified;
                var changed = SetValues(db, stored, organization) | SyncChildren(db, stored.Phones, organization.Phones, p => p.Id);
                change = changed ? Change.Updated : Change.Unchanged;
                if (changed)
                {
                    stored.LastModified = now;
                    changedOrganizations.Add(stored.Id);
                    touched.Organizations.Add(stored.Id);
                }
            }

            counts.Add(change);
        }

        // Locations.
        var locations = batch.Good<HsdsLocation>("locations").Select(l => l.ToEntity(now)).ToList();
        var locationIds = locations.Select(l => l.Id).ToList();
        var storedLocations = await db.Locations.Include(l => l.Addresses).Include(l => l.Accessibility).AsSplitQuery()
            .Where(l => locationIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct);
        var changedLocations = new List<string>();
        foreach (var location in locations)
        {
            var stored = storedLocations.GetValueOrDefault(location.Id);
            Change change;
            if (stored is null)
            {
                db.Add(location);
                touched.Locations.Add(location.Id);
                change = Change.Inserted;
            }
            else
            {
                location.LastModified = stored.LastModified;
                var changed = SetValues(db, stored, location)
                    | SyncChildren(db, stored.Addresses, location.Addresses, a => a.Id)
                    | SyncChildren(db, stored.Accessibility, location.Accessibility, a => a.Id);
                change = changed ? Change.Updated : Change.Unchanged;
                if (changed)
                {
                    stored.LastModified = now;
                    changedLocations.Add(stored.Id);
                    touched.Locations.Add(stored.Id);
                }
            }

            counts.Add(change);
        }

        // Services (the covered municipalities are derived afterwards).
        var services = batch.Good<HsdsService>("services").Select(s => (Wire: s, Entity: s.ToEntity(now))).ToList();
        var serviceIds = services.Select(s => s.Entity.Id).ToList();
        var storedServices = await db.Services
            .Include(s => s.Phones).Include(s => s.Languages).Include(s => s.CostOptions).Include(s => s.ServiceAreas).Include(s => s.Attributes)
            .AsSplitQuery()
            .Where(s => serviceIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        foreach (var (wire, service) in services)
        {
            var stored = storedServices.GetValueOrDefault(service.Id);
            Change change;
            if (stored is null)
            {
                db.Add(service);
                change = Change.Inserted;
                touched.ServicesInserted.Add(service.Id);
            }
            else
            {
                service.IsNationwide = stored.IsNationwide;
                if (wire.LastModified is null)
                {
                    service.LastModified = stored.LastModified;
                }

                var changed = SetValues(db, stored, service)
                    | SyncChildren(db, stored.Phones, service.Phones, p => p.Id)
                    | SyncChildren(db, stored.Languages, service.Languages, l => l.Id)
                    | SyncChildren(db, stored.CostOptions, service.CostOptions, c => c.Id)
                    | SyncChildren(db, stored.ServiceAreas, service.ServiceAreas, a => a.Id)
                    | SyncChildren(db, stored.Attributes, service.Attributes, a => a.Id);
                if (changed && wire.LastModified is null)
                {
                    stored.LastModified = now;
                }

                change = changed ? Change.Updated : Change.Unchanged;
                if (changed)
                {
                    touched.ServicesUpdated.Add(service.Id);
                }
            }

            if (change != Change.Unchanged)
            {
                changedServices.Add(service.Id);
                coverageServices.Add(service.Id);
            }

            counts.Add(change);
        }

        // Services at locations.
        var links = batch.Good<HsdsServiceAtLocation>("service_at_locations").Select(s => s.ToEntity()).ToList();
        var linkIds = links.Select(s => s.Id).ToList();
        var storedLinks = await db.ServiceAtLocations.Include(s => s.Schedules)
            .Where(s => linkIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        foreach (var link in links)
        {
            var stored = storedLinks.GetValueOrDefault(link.Id);
            var formerService = stored?.ServiceId;
            var change = stored is null ? Change.Inserted : Change.Unchanged;
            if (stored is null)
            {
                db.Add(link);
            }
            else if (SetValues(db, stored, link) | SyncChildren(db, stored.Schedules, link.Schedules, x => x.Id))
            {
                change = Change.Updated;
            }

            if (change != Change.Unchanged)
            {
                changedServices.Add(link.ServiceId);
                touched.Links[link.Id] = (link.ServiceId, formerService);
                coverageServices.Add(link.ServiceId);
                if (formerService is not null && formerService != link.ServiceId)
                {
                    changedServices.Add(formerService);
                    coverageServices.Add(formerService);
                }
            }

            counts.Add(change);
        }

        // Services that show a changed organization, location or category change too (their search entry does).
        var atChangedLocations = await db.ServiceAtLocations.Where(s => changedLocations.Contains(s.LocationId)).Select(s => s.ServiceId).ToListAsync(ct);
        coverageServices.UnionWith(atChangedLocations);
        changedServices.UnionWith(atChangedLocations);
        changedServices.UnionWith(await db.Services.Where(s => changedOrganizations.Contains(s.OrganizationId)).Select(s => s.Id).ToListAsync(ct));
        changedServices.UnionWith(await db.Set<ServiceAttribute>().Where(a => changedTerms.Contains(a.TaxonomyTermId)).Select(a => a.ServiceId).ToListAsync(ct));
    }

    private static Change Upsert<T>(HelpDb db, T? stored, T incoming)
        where T : class
    {
        if (stored is null)
        {
            db.Add(incoming);
            return Change.Inserted;
        }

        return SetValues(db, stored, incoming) ? Change.Updated : Change.Unchanged;
    }

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
