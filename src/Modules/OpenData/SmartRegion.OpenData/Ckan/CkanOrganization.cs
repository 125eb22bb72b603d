namespace SmartRegion.OpenData.Ckan;

/// <summary>
/// A publisher of the catalogue as a CKAN organisation: a municipality, or an office that publishes in a municipality's
/// name (<see cref="Datasets.Dataset.PublisherName"/>). Its id is derived from the municipality and office, so it is
/// stable without a table of its own.
/// </summary>
internal sealed record CkanOrganization(Guid Id, string Name, string Title, string Ags, string? Office, string MunicipalityName)
{
    public static Guid IdOf(string ags, string? office) => CkanFormat.StableId("organization", ags + "|" + (office ?? ""));

    public static CkanOrganization Of(string ags, string? office, string municipalityName) =>
        new(IdOf(ags, office), Datasets.DatasetNames.Slug(office ?? municipalityName), office ?? municipalityName, ags, office, municipalityName);

    /// <summary>
    /// The organisations of the municipalities and of the offices named by datasets, with unique names: an office whose
    /// name another organisation already has gets its municipality's name appended (and then the AGS).
    /// </summary>
    public static IReadOnlyList<CkanOrganization> Build(IReadOnlyDictionary<string, string> municipalities, IEnumerable<(string Ags, string Office)> offices)
    {
        ArgumentNullException.ThrowIfNull(municipalities);
        var all = municipalities.Select(m => Of(m.Key, null, m.Value))
            .Concat(offices.Distinct().Select(o => Of(o.Ags, o.Office, municipalities.GetValueOrDefault(o.Ags) ?? o.Ags)))
            .OrderBy(o => o.Office is null ? 0 : 1).ThenBy(o => o.Ags, StringComparer.Ordinal).ThenBy(o => o.Office, StringComparer.Ordinal)
            .ToList();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<CkanOrganization>(all.Count);
        foreach (var org in all)
        {
            var name = org.Name;
            if (!taken.Add(name))
            {
                name = Datasets.DatasetNames.Slug(org.Title + " " + org.MunicipalityName);
                if (!taken.Add(name))
                {
                    name = org.Name + "-" + org.Ags;
                    taken.Add(name);
                }
            }

            result.Add(org with { Name = name });
        }

        return result;
    }
}
