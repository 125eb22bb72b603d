using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SmartRegion.Help.Offers;
using SmartRegion.Help.Resources;

namespace SmartRegion.Help.Hsds;

internal static partial class HsdsImport
{
    /// <summary>The records of one file with their verdicts; a record once rejected stays rejected.</summary>
    /// <param name="text">The importer's language for the reasons of wrongly typed values; null (seed, approved revisions) for English.</param>
    private sealed partial class Batch(HsdsSchemas schemas, IStringLocalizer<HsdsText>? text = null)
    {
        private readonly Dictionary<string, List<Entry>> _entries = new(StringComparer.Ordinal);
        private readonly List<Problem> _problems = [];

        public int Received => _entries.Values.Sum(e => e.Count);

        /// <summary>Records not stored, apart from those held for review.</summary>
        public int RejectedCount => _entries.Values.Sum(e => e.Count(x => x.Rejected && !x.Held));

        public IReadOnlyList<Problem> Problems => _problems;

        public void Read<T>(JsonObject root, string collection, Func<T, List<(string Pointer, string Reason)>> check)
            where T : class
        {
            var entries = new List<Entry>();
            _entries[collection] = entries;
            if (root[collection] is not JsonArray array)
            {
                return;
            }

            var firstById = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < array.Count; i++)
            {
                var path = $"/{collection}/{i}";
                var node = array[i];
                var entry = new Entry(path, null, null);
                entries.Add(entry);
                if (node is not JsonObject)
                {
                    Reject(entry, path, "must be a JSON object (an HSDS record).");
                    continue;
                }

                // Before the schema check and the serializer, which both fail on these with exceptions of their own.
                if (Unreadable(node, "") is { } unreadable)
                {
                    Reject(entry, path + unreadable.Pointer, unreadable.Reason);
                    continue;
                }

                // The official schema check reads the values as System.Text.Json and the schema library do; the values
                // these are known to fail on are refused above with their path. Only the exception types a reader of
                // values raises are taken as the file's fault here; anything else (a null reference, an index out of
                // range, …) is a fault of the platform and must surface as one instead of blaming the importer's file.
                IReadOnlyList<(string Pointer, string Reason)> schemaProblems;
                try
                {
                    schemaProblems = schemas.Check(collection, node);
                }
                catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
                {
                    var detail = Shorten(e.Message);
                    Reject(entry, path, text?["Import.WrongType", detail] ?? "has the wrong type or form: " + detail);
                    continue;
                }

                foreach (var (pointer, reason) in schemaProblems)
                {
                    Reject(entry, path + pointer, reason);
                }

                T? value;
                try
                {
                    value = node.Deserialize<T>(HsdsFile.Json);
                }
                catch (JsonException e)
                {
                    // The serializer names the value it could not read; the schema check usually said it already.
                    if (schemaProblems.Count == 0)
                    {
                        var detail = Shorten(e.Message);
                        Reject(entry, path + Pointer(e.Path), text?["Import.WrongType", detail] ?? "has the wrong type or form: " + detail);
                    }

                    continue;
                }

                if (value is null)
                {
                    Reject(entry, path, "must be a JSON object (an HSDS record).");
                    continue;
                }

                // The profile checks are the platform's own code: an exception there is a bug, not a wrong value.
                entry.Value = value;
                entry.Id = IdOf(value);
                foreach (var (pointer, reason) in check(value))
                {
                    Reject(entry, path + pointer, reason);
                }

                if (entry.Id is { Length: > 0 } id)
                {
                    if (firstById.TryGetValue(id, out var first))
                    {
                        Reject(entry, path + "/id", $"the id {id} appears twice in /{collection} (first at {first}).");
                    }
                    else
                    {
                        firstById[id] = path;
                    }
                }
            }
        }

        public IEnumerable<T> Good<T>(string collection) =>
            _entries.GetValueOrDefault(collection, []).Where(e => !e.Rejected && e.Value is T).Select(e => (T)e.Value!);

        /// <summary>The good record of <paramref name="collection"/> with this id, if any.</summary>
        public T? Find<T>(string collection, string id)
            where T : class =>
            _entries.GetValueOrDefault(collection, []).FirstOrDefault(e => !e.Rejected && e.Id == id)?.Value as T;

        /// <summary>Refuses the good record with this id as a whole; a held one waits for review instead of being lost.</summary>
        public void Refuse(string collection, string id, string reason, bool isHeld = false)
        {
            foreach (var entry in _entries.GetValueOrDefault(collection, []).Where(e => !e.Rejected && e.Id == id))
            {
                entry.Held = isHeld;
                Reject(entry, entry.Path, reason);
            }
        }

        /// <summary>Sub-record ids (phones, schedules, …) are table-wide in HSDS: no two records may share one.</summary>
        public void CheckChildIds()
        {
            foreach (var group in Children().GroupBy(c => c.Table, StringComparer.Ordinal))
            {
                var first = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var child in group)
                {
                    if (!first.TryAdd(child.Id, child.Path))
                    {
                        Reject(child.Entry, child.Path + "/id", $"the id {child.Id} is used twice in the file (first at {first[child.Id]}).");
                    }
                }
            }
        }

        /// <summary>A sub-record id already stored under another record cannot move silently.</summary>
        public async Task CheckChildOwnersAsync(HelpDb db, CancellationToken ct)
        {
            var children = Children().ToList();
            var stored = new Dictionary<(string Table, string Id), string>();
            async Task Load<TChild>(string table, Func<IQueryable<TChild>, List<string>, IQueryable<IdOwner>> query)
                where TChild : class
            {
                var ids = children.Where(c => c.Table == table).Select(c => c.Id).Distinct().ToList();
                if (ids.Count == 0)
                {
                    return;
                }

                foreach (var row in await query(db.Set<TChild>(), ids).ToListAsync(ct))
                {
                    stored[(table, row.Id)] = row.Owner ?? "";
                }
            }

            await Load<Phone>("phones", (q, ids) => q.Where(p => ids.Contains(p.Id)).Select(p => new IdOwner { Id = p.Id, Owner = p.OrganizationId ?? p.ServiceId }));
            await Load<Language>("languages", (q, ids) => q.Where(p => ids.Contains(p.Id)).Select(p => new IdOwner { Id = p.Id, Owner = p.ServiceId }));
            await Load<CostOption>("cost_options", (q, ids) => q.Where(p => ids.Contains(p.Id)).Select(p => new IdOwner { Id = p.Id, Owner = p.ServiceId }));
            await Load<ServiceArea>("service_areas", (q, ids) => q.Where(p => ids.Contains(p.Id)).Select(p => new IdOwner { Id = p.Id, Owner = p.ServiceId }));
            await Load<ServiceAttribute>("attributes", (q, ids) => q.Where(p => ids.Contains(p.Id)).Select(p => new IdOwner { Id = p.Id, Owner = p.ServiceId }));
            await Load<Address>("addresses", (q, ids) => q.Where(p => ids.Contains(p.Id)).Select(p => new IdOwner { Id = p.Id, Owner = p.LocationId }));
            await Load<Accessibility>("accessibility", (q, ids) => q.Where(p => ids.Contains(p.Id)).Select(p => new IdOwner { Id = p.Id, Owner = p.LocationId }));
            await Load<Schedule>("schedules", (q, ids) => q.Where(p => ids.Contains(p.Id)).Select(p => new IdOwner { Id = p.Id, Owner = p.ServiceAtLocationId }));
            foreach (var child in children)
            {
                if (stored.TryGetValue((child.Table, child.Id), out var owner) && owner != child.OwnerId)
                {
                    Reject(child.Entry, child.Path + "/id", $"the id {child.Id} already belongs to another record ({owner}).");
                }
            }
        }

        /// <summary>Every reference must lead to a good record of the file or to one already stored; repeated until stable.</summary>
        public async Task CheckReferencesAsync(HelpDb db, CancellationToken ct)
        {
            var wanted = References().GroupBy(r => r.Target, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(r => r.Id).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
            var inDb = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            async Task Load(string target, IQueryable<string> ids) => inDb[target] = (await ids.ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
            var terms = wanted.GetValueOrDefault("taxonomy_terms", []);
            var taxonomies = wanted.GetValueOrDefault("taxonomies", []);
            var organizations = wanted.GetValueOrDefault("organizations", []);
            var services = wanted.GetValueOrDefault("services", []);
            var locations = wanted.GetValueOrDefault("locations", []);
            await Load("taxonomy_terms", db.TaxonomyTerms.Where(t => terms.Contains(t.Id)).Select(t => t.Id));
            await Load("taxonomies", db.Taxonomies.Where(t => taxonomies.Contains(t.Id)).Select(t => t.Id));
            await Load("organizations", db.Organizations.Where(t => organizations.Contains(t.Id)).Select(t => t.Id));
            await Load("services", db.Services.Where(t => services.Contains(t.Id)).Select(t => t.Id));
            await Load("locations", db.Locations.Where(t => locations.Contains(t.Id)).Select(t => t.Id));

            bool changed;
            do
            {
                changed = false;
                var byId = _entries.ToDictionary(
                    e => e.Key,
                    e => e.Value.Where(x => x.Id is not null).GroupBy(x => x.Id!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal),
                    StringComparer.Ordinal);
                foreach (var reference in References().Where(r => !r.Entry.Rejected))
                {
                    var found = byId.GetValueOrDefault(reference.Target)?.GetValueOrDefault(reference.Id);
                    if (found is { Rejected: true })
                    {
                        Reject(reference.Entry, reference.Path, $"refers to {Singular(reference.Target)} {reference.Id}, which was rejected (see {found.Path}).");
                        changed = true;
                    }
                    else if (found is null && !inDb[reference.Target].Contains(reference.Id))
                    {
                        Reject(reference.Entry, reference.Path, $"refers to {Singular(reference.Target)} {reference.Id}, which is neither in the file nor in the directory.");
                        changed = true;
                    }
                }
            }
            while (changed);
        }

        private IEnumerable<Reference> References()
        {
            foreach (var e in _entries.GetValueOrDefault("taxonomy_terms", []).Where(e => e.Value is not null))
            {
                var t = (HsdsTaxonomyTerm)e.Value!;
                if (t.ParentId is { Length: > 0 } parent)
                {
                    yield return new(e, e.Path + "/parent_id", "taxonomy_terms", parent);
                }

                if (t.TaxonomyId is { Length: > 0 } taxonomy)
                {
                    yield return new(e, e.Path + "/taxonomy_id", "taxonomies", taxonomy);
                }
            }

            foreach (var e in _entries.GetValueOrDefault("locations", []).Where(e => e.Value is not null))
            {
                if (((HsdsLocation)e.Value!).OrganizationId is { Length: > 0 } organization)
                {
                    yield return new(e, e.Path + "/organization_id", "organizations", organization);
                }
            }

            foreach (var e in _entries.GetValueOrDefault("services", []).Where(e => e.Value is not null))
            {
                var s = (HsdsService)e.Value!;
                if (s.OrganizationId is { Length: > 0 } organization)
                {
                    yield return new(e, e.Path + "/organization_id", "organizations", organization);
                }

                for (var i = 0; i < (s.Attributes?.Count ?? 0); i++)
                {
                    if (s.Attributes![i].TaxonomyTermId is { Length: > 0 } term)
                    {
                        yield return new(e, $"{e.Path}/attributes/{i}/taxonomy_term_id", "taxonomy_terms", term);
                    }
                }
            }

            foreach (var e in _entries.GetValueOrDefault("service_at_locations", []).Where(e => e.Value is not null))
            {
                var s = (HsdsServiceAtLocation)e.Value!;
                if (s.ServiceId is { Length: > 0 } service)
                {
                    yield return new(e, e.Path + "/service_id", "services", service);
                }

                if (s.LocationId is { Length: > 0 } location)
                {
                    yield return new(e, e.Path + "/location_id", "locations", location);
                }
            }
        }

        private IEnumerable<Child> Children()
        {
            static IEnumerable<Child> Of<TChild>(Entry e, string table, IReadOnlyList<TChild>? items, Func<TChild, string> id, string owner) =>
                (items ?? []).Select((x, i) => new Child(e, table, id(x) ?? "", owner, $"{e.Path}/{table}/{i}")).Where(c => c.Id.Length > 0);

            foreach (var e in _entries.GetValueOrDefault("organizations", []).Where(e => e.Value is not null && !e.Rejected))
            {
                var o = (HsdsOrganization)e.Value!;
                foreach (var c in Of(e, "phones", o.Phones, p => p.Id, o.Id))
                {
                    yield return c;
                }
            }

            foreach (var e in _entries.GetValueOrDefault("services", []).Where(e => e.Value is not null && !e.Rejected))
            {
                var s = (HsdsService)e.Value!;
                foreach (var c in Of(e, "phones", s.Phones, p => p.Id, s.Id)
                    .Concat(Of(e, "languages", s.Languages, p => p.Id, s.Id))
                    .Concat(Of(e, "cost_options", s.CostOptions, p => p.Id, s.Id))
                    .Concat(Of(e, "service_areas", s.ServiceAreas, p => p.Id, s.Id))
                    .Concat(Of(e, "attributes", s.Attributes, p => p.Id, s.Id)))
                {
                    yield return c;
                }
            }

            foreach (var e in _entries.GetValueOrDefault("locations", []).Where(e => e.Value is not null && !e.Rejected))
            {
                var l = (HsdsLocation)e.Value!;
                foreach (var c in Of(e, "addresses", l.Addresses, p => p.Id, l.Id).Concat(Of(e, "accessibility", l.Accessibility, p => p.Id, l.Id)))
                {
                    yield return c;
                }
            }

            foreach (var e in _entries.GetValueOrDefault("service_at_locations", []).Where(e => e.Value is not null && !e.Rejected))
            {
                var s = (HsdsServiceAtLocation)e.Value!;
                foreach (var c in Of(e, "schedules", s.Schedules, p => p.Id, s.Id))
                {
                    yield return c;
                }
            }
        }

        private void Reject(Entry entry, string path, string reason)
        {
            entry.Rejected = true;
            _problems.Add(new Problem(path, reason));
        }

        private static string? IdOf(object value) => value switch
        {
            HsdsOrganization o => o.Id,
            HsdsService s => s.Id,
            HsdsLocation l => l.Id,
            HsdsServiceAtLocation s => s.Id,
            HsdsTaxonomyTerm t => t.Id,
            HsdsTaxonomy t => t.Id,
            _ => null,
        };

        private static string Singular(string collection) => collection switch
        {
            "taxonomy_terms" => "taxonomy term",
            "taxonomies" => "taxonomy",
            "organizations" => "organization",
            "services" => "service",
            "locations" => "location",
            _ => collection,
        };

        /// <summary><c>$.phones[0].number</c> → <c>/phones/0/number</c>.</summary>
        private static string Pointer(string? jsonPath)
        {
            if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
            {
                return "";
            }

            var pointer = PathSegment().Replace(jsonPath[1..], m =>
                "/" + (m.Groups["name"].Success ? m.Groups["name"].Value : m.Groups["index"].Success ? m.Groups["index"].Value : m.Groups["quoted"].Value)
                    .Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
            return pointer;
        }

        /// <summary>
        /// The first value in <paramref name="node"/> no record can hold, with the reason: a null item of a list (the
        /// serializer lets it through, since the nullability of list items is not enforced, and the checks rely on
        /// records), a number beyond the decimal range, or a text that is not valid Unicode (a lone surrogate escape such as <c>"\ud800"</c>, which the
        /// reader refuses with an <see cref="InvalidOperationException"/>).
        /// </summary>
        private (string Pointer, string Reason)? Unreadable(JsonNode? node, string pointer)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (key, child) in o)
                    {
                        if (Unreadable(child, pointer + "/" + key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)) is { } found)
                        {
                            return found;
                        }
                    }

                    return null;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        var at = pointer + "/" + i.ToString(CultureInfo.InvariantCulture);
                        if (a[i] is null)
                        {
                            return (at, text?["Import.NullItem"] ?? "must not be null: every item of a list must be a JSON object (an HSDS record).");
                        }

                        if (Unreadable(a[i], at) is { } found)
                        {
                            return found;
                        }
                    }

                    return null;
                case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                    try
                    {
                        _ = v.GetValue<string>();
                        return null;
                    }
                    catch (InvalidOperationException)
                    {
                        return (pointer, text?["Import.InvalidText"] ?? "is not valid text: it contains an incomplete UTF-16 character (a lone surrogate such as \\ud800).");
                    }

                case JsonValue v when v.GetValueKind() == JsonValueKind.Number && !v.TryGetValue<decimal>(out _):
                    // The schema check compares numbers as decimals and fails on larger ones such as 1e308.
                    return (pointer, text?["Import.NumberRange"] ?? "is a number outside the range any HSDS field holds.");
                default:
                    return null;
            }
        }

        private static string Shorten(string message)
        {
            var at = message.IndexOf(" Path:", StringComparison.Ordinal);
            return at > 0 ? message[..at] : message;
        }

        [GeneratedRegex(@"\.(?<name>[A-Za-z0-9_]+)|\[(?<index>[0-9]+)\]|\['(?<quoted>[^']*)'\]")]
        private static partial Regex PathSegment();
    }

    private sealed class Entry(string path, object? value, string? id)
    {
        public string Path { get; } = path;

        public object? Value { get; set; } = value;

        public string? Id { get; set; } = id;

        public bool Rejected { get; set; }

        /// <summary>Not stored now, but handed to review (a change of a crisis offer).</summary>
        public bool Held { get; set; }
    }

    private sealed class IdOwner
    {
        public string Id { get; init; } = "";

        public string? Owner { get; init; }
    }

    private sealed record Reference(Entry Entry, string Path, string Target, string Id);

    private sealed record Child(Entry Entry, string Table, string Id, string OwnerId, string Path);
}
