using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
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
        group.MapPost("/imports", async Task<Results<Ok<Response>, ValidationProblem, ForbiddenProblem, ConflictProblem, ProblemHttpResult>> (
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
                return outcome.Kind switch
                {
                    OutcomeKind.Ok => TypedResults.Ok(outcome.Value!),
                    OutcomeKind.Invalid => outcome.ToValidationProblem(),
                    OutcomeKind.Forbidden => outcome.ToForbidden(),
                    _ => outcome.ToConflict(),
                };
            })
            .RequireAuthorization(HubPolicies.MunicipalityAdmin)
            .DisableAntiforgery()
            // A problem result carries no status of its own in the signature; the file that is too large is named here.
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
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
            // A key given twice in one object is refused while reading: HSDS gives it no meaning, and the JSON nodes
            // would only fail on it later, when the records are read.
            node = JsonNode.Parse(bytes, documentOptions: new JsonDocumentOptions { MaxDepth = 64, AllowDuplicateProperties = false });
        }
        catch (JsonException e)
        {
            return $"The file is not valid JSON or names a key twice in one object (line {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1}); nothing was imported.";
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
}
