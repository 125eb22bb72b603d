namespace SmartRegion.OpenData.Ckan;

/// <summary>
/// CKAN's <c>organization_list</c> (names, or dictionaries with <c>all_fields</c>; <c>sort</c> by name or package count,
/// <c>limit</c>, <c>offset</c>) and <c>organization_show</c> (with <c>include_datasets</c>, its first ten published datasets).
/// Organisations are the municipalities and the offices that publish in their name.
/// </summary>
internal static class ShowOrganization
{
    public const string ListAction = "organization_list";
    public const string Action = "organization_show";

    public static async Task<Microsoft.AspNetCore.Http.IResult> ListAsync(CkanCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var errors = new Dictionary<string, string[]>();
        var limit = SearchPackages.Integer(call.Input, "limit", 1000, 0, errors, call.Text);
        var offset = SearchPackages.Integer(call.Input, "offset", 0, 0, errors, call.Text);
        var sort = (call.Input.Text("sort") ?? "name asc").Trim();
        if (sort is not ("name" or "name asc" or "name desc" or "title" or "title asc" or "title desc" or "package_count" or "package_count desc"))
        {
            errors["sort"] = [call.Text["Ckan.ListSort.Invalid"]];
        }

        if (errors.Count > 0)
        {
            return call.Invalid(errors);
        }

        var snapshot = await call.SnapshotAsync();
        var counts = snapshot.Rows.GroupBy(r => r.Organization.Id).ToDictionary(g => g.Key, g => g.Count());
        var orgs = sort switch
        {
            "name desc" => snapshot.Organizations.OrderByDescending(o => o.Name, StringComparer.Ordinal),
            "title" or "title asc" => snapshot.Organizations.OrderBy(o => o.Title, StringComparer.InvariantCultureIgnoreCase),
            "title desc" => snapshot.Organizations.OrderByDescending(o => o.Title, StringComparer.InvariantCultureIgnoreCase),
            "package_count" or "package_count desc" => snapshot.Organizations.OrderByDescending(o => counts.GetValueOrDefault(o.Id)).ThenBy(o => o.Name, StringComparer.Ordinal),
            _ => snapshot.Organizations.OrderBy(o => o.Name, StringComparer.Ordinal),
        };
        var page = orgs.Skip(offset).Take(limit);
        return call.Flag("all_fields")
            ? call.Ok(page.Select(o => PackageDicts.Organization(o, Created(snapshot, o), counts.GetValueOrDefault(o.Id))).ToList())
            : call.Ok(page.Select(o => o.Name).ToList());
    }

    public static async Task<Microsoft.AspNetCore.Http.IResult> ShowAsync(CkanCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var id = call.Required("id");
        if (id is null)
        {
            return call.Missing("id");
        }

        var snapshot = await call.SnapshotAsync();
        var org = snapshot.FindOrganization(id);
        if (org is null)
        {
            return call.NotFound(call.Text["Ckan.Organization.NotFound"]);
        }

        var rows = snapshot.Rows.Where(r => r.Organization.Id == org.Id).ToList();
        var dict = PackageDicts.Organization(org, Created(snapshot, org), rows.Count);
        if (!call.Flag("include_datasets"))
        {
            return call.Ok(dict);
        }

        var packages = new List<CkanPackage>();
        foreach (var row in rows.Take(10))
        {
            var dataset = await ShowPackage.FindVisibleAsync(call, row.Id.ToString());
            if (dataset is not null)
            {
                packages.Add(PackageDicts.Package(dataset, org, Created(snapshot, org) ?? dataset.CreatedAt, call.BaseUrl, CkanCall.Language));
            }
        }

        return call.Ok(new OrganizationWithPackages(dict, packages));
    }

    private static DateTimeOffset? Created(PackageSnapshot snapshot, CkanOrganization org) =>
        snapshot.OrganizationCreated.TryGetValue(org.Id, out var created) ? created : null;

    /// <summary>The organisation's fields and its datasets (flattened into one object when written).</summary>
    internal sealed record OrganizationWithPackages(
        [property: System.Text.Json.Serialization.JsonIgnore] CkanOrganizationDict Organization, IReadOnlyList<CkanPackage> Packages)
    {
        public string Id => Organization.Id;
        public string Name => Organization.Name;
        public string Title => Organization.Title;
        public string DisplayName => Organization.DisplayName;
        public string Description => Organization.Description;
        public string Type => Organization.Type;
        public bool IsOrganization => Organization.IsOrganization;
        public string State => Organization.State;
        public string ImageUrl => Organization.ImageUrl;
        public string? Created => Organization.Created;
        public string ApprovalStatus => Organization.ApprovalStatus;
        public int? PackageCount => Organization.PackageCount;
    }
}
