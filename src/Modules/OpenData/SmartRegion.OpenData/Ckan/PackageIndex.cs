using Microsoft.EntityFrameworkCore;
using SmartRegion.Hub.Contracts.Municipalities;
using SmartRegion.Kernel.Outbox;
using SmartRegion.OpenData.Datasets;

namespace SmartRegion.OpenData.Ckan;

/// <summary>
/// One published dataset as the search sees it: what <c>q</c> matches and the values <c>fq</c> and facets use (each list
/// distinct, one-value fields as one-element arrays, so filtering and counting allocate nothing).
/// </summary>
internal sealed record PackageRow(
    Guid Id, string Name, string Title, string Haystack, string TitleLower, string[] Tags, string[] Groups, CkanOrganization Organization,
    string[] Formats, string? LicenceId, DateTimeOffset Created, DateTimeOffset Modified)
{
    public string[] OrganizationName { get; } = [Organization.Name];

    public string[] OrganizationId { get; } = [Organization.Id.ToString()];

    public string[] Licence { get; } = LicenceId is null ? [] : [LicenceId];

    public string[] NameValue { get; } = [Name];

    public string[] IdValue { get; } = [Id.ToString()];
}

/// <summary>
/// The published catalogue at one moment: its rows (newest change first), the rank of each row by the sortable fields,
/// and its organisations.
/// </summary>
internal sealed record PackageSnapshot(
    (int Count, long Newest) Stamp, PackageRow[] Rows, IReadOnlyList<CkanOrganization> Organizations,
    IReadOnlyDictionary<string, CkanOrganization> ByName, IReadOnlyDictionary<(string Ags, string? Office), CkanOrganization> ByKey,
    IReadOnlyDictionary<Guid, DateTimeOffset> OrganizationCreated)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int[]> _ranks = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, KeyValuePair<string, int>[]> _allCounts = new(StringComparer.Ordinal);

    /// <summary>
    /// Dataset dictionaries already written for this snapshot, by id, origin and language. Any change to a dataset or its
    /// resources moves the newest <c>Modified</c>, which makes a new snapshot, so a kept dictionary is never stale.
    /// </summary>
    public System.Collections.Concurrent.ConcurrentDictionary<(Guid Id, string BaseUrl, string Language), CkanPackage> Packages { get; } = new();

    /// <summary>Rank of each row (by position) when sorted ascending by a sort field; computed once per snapshot.</summary>
    public int[] Ranks(string field) => _ranks.GetOrAdd(field, f =>
    {
        var order = Enumerable.Range(0, Rows.Length).ToArray();
        Comparison<int> compare = f switch
        {
            "name" => (a, b) => string.CompareOrdinal(Rows[a].Name, Rows[b].Name),
            "title_string" => (a, b) => string.Compare(Rows[a].Title, Rows[b].Title, StringComparison.InvariantCultureIgnoreCase),
            "metadata_created" => (a, b) => Rows[a].Created.CompareTo(Rows[b].Created),
            _ => (a, b) => Rows[a].Modified.CompareTo(Rows[b].Modified),
        };
        Array.Sort(order, (a, b) => compare(a, b) is var c && c != 0 ? c : a.CompareTo(b));
        var ranks = new int[Rows.Length];
        for (var i = 0; i < order.Length; i++)
        {
            ranks[order[i]] = i;
        }

        return ranks;
    });

    /// <summary>The counts of a facet over the whole catalogue (for searches without words or filters), computed once per snapshot.</summary>
    public KeyValuePair<string, int>[] AllCounts(string field) => _allCounts.GetOrAdd(field, f =>
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in Rows)
        {
            foreach (var value in PackageFilter.ValuesOf(row, f))
            {
                counts[value] = counts.GetValueOrDefault(value) + 1;
            }
        }

        return [.. counts];
    });

    public CkanOrganization OrganizationOf(string ags, string? office, string municipalityName) =>
        ByKey.TryGetValue((ags, office), out var org) ? org : CkanOrganization.Of(ags, office, municipalityName);

    public CkanOrganization? FindOrganization(string idOrName) =>
        ByName.TryGetValue(idOrName, out var org) ? org
        : Guid.TryParse(idOrName, out var id) ? Organizations.FirstOrDefault(o => o.Id == id) : null;
}

/// <summary>
/// The search's in-memory projection of the published catalogue, shared by all requests of a node. Every request asks
/// the database for the number of datasets and their newest change (one indexed query); when either differs from the
/// projection's, the projection is rebuilt, so a change on any node is seen by the next search on every node.
/// </summary>
[NodeLocalState]
internal sealed class PackageIndex : IDisposable
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private PackageSnapshot? _current;

    public void Dispose() => _building.Dispose();

    public async Task<PackageSnapshot> CurrentAsync(OpenDataDb db, IMunicipalityDirectory municipalities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stamp = await StampAsync(db, cancellationToken);
        var current = _current;
        if (current is not null && current.Stamp == stamp)
        {
            return current;
        }

        await _building.WaitAsync(cancellationToken);
        try
        {
            current = _current;
            if (current is not null && current.Stamp == stamp)
            {
                return current;
            }

            current = await BuildAsync(stamp, db, municipalities, cancellationToken);
            _current = current;
            return current;
        }
        finally
        {
            _building.Release();
        }
    }

    private static async Task<(int, long)> StampAsync(OpenDataDb db, CancellationToken cancellationToken)
    {
        var count = await db.Datasets.CountAsync(cancellationToken);
        var newest = await db.Datasets.OrderByDescending(d => d.Modified).Select(d => (DateTimeOffset?)d.Modified).FirstOrDefaultAsync(cancellationToken);
        return (count, newest?.UtcTicks ?? 0);
    }

    private static async Task<PackageSnapshot> BuildAsync((int, long) stamp, OpenDataDb db, IMunicipalityDirectory municipalities, CancellationToken cancellationToken)
    {
        var names = (await municipalities.ListAsync(cancellationToken)).ToDictionary(m => m.Ags, m => m.Name);
        var datasets = await db.Datasets.AsNoTracking().Where(d => d.Status == DatasetStatus.Published)
            .Select(d => new
            {
                d.Id, d.Name, d.Title, d.Description, d.Keywords, d.Themes, d.MunicipalityAgs, d.PublisherName, d.LicenceCode, d.CreatedAt, d.Modified,
                Formats = d.Distributions.Select(x => x.FormatCode).ToList(),
            })
            .ToListAsync(cancellationToken);
        var organizations = CkanOrganization.Build(names, datasets.Where(d => d.PublisherName is not null).Select(d => (d.MunicipalityAgs, d.PublisherName!)));
        var byKey = organizations.ToDictionary(o => (o.Ags, o.Office));
        var rows = datasets.Select(d =>
            {
                var org = byKey.TryGetValue((d.MunicipalityAgs, d.PublisherName), out var o) ? o
                    : CkanOrganization.Of(d.MunicipalityAgs, d.PublisherName, names.GetValueOrDefault(d.MunicipalityAgs) ?? d.MunicipalityAgs);
                var haystack = string.Join('\n', [d.Title, d.Description, .. d.Keywords, org.Title]).ToLowerInvariant();
                return new PackageRow(d.Id, d.Name, d.Title, haystack, d.Title.ToLowerInvariant(), [.. d.Keywords.Distinct(StringComparer.Ordinal)],
                    [.. d.Themes.Select(t => t.ToLowerInvariant()).Distinct()], org, [.. d.Formats.OfType<string>().Distinct()], d.LicenceCode, d.CreatedAt, d.Modified);
            })
            .OrderByDescending(r => r.Modified).ThenBy(r => r.Id)
            .ToArray();
        var created = rows.GroupBy(r => r.Organization.Id).ToDictionary(g => g.Key, g => g.Min(r => r.Created));
        return new PackageSnapshot(stamp, rows, organizations, organizations.ToDictionary(o => o.Name, StringComparer.Ordinal), byKey, created);
    }
}
