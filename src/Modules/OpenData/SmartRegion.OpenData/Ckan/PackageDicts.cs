using System.Globalization;
using System.Text.Json;
using SmartRegion.OpenData.Datasets;
using SmartRegion.OpenData.Rdf;
using SmartRegion.OpenData.Vocabularies;

namespace SmartRegion.OpenData.Ckan;

/// <summary>
/// Turns the catalogue's datasets into CKAN dictionaries: publishers become organisations, EU themes groups, keywords
/// free tags, distributions resources, and the DCAT-AP.de fields CKAN has no column for extras (named as
/// ckanext-dcat and ckanext-dcatde name them).
/// </summary>
internal static class PackageDicts
{
    public static CkanPackage Package(Dataset dataset, CkanOrganization org, DateTimeOffset orgCreated, string baseUrl, string language)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(org);
        var licence = Licences.Find(dataset.LicenceCode);
        var tags = dataset.Keywords.Select(Tag).ToList();
        var resources = dataset.Distributions.OrderBy(x => x.CreatedAt).ThenBy(x => x.Id)
            .Select((x, i) => Resource(x, i, baseUrl)).ToList();
        return new CkanPackage(
            dataset.Id.ToString(), dataset.Name, dataset.Title, dataset.Description, $"{baseUrl}/daten/{dataset.Name}", "", "dataset",
            State(dataset.Status), false, org.Title, null, dataset.ContactName, dataset.ContactEmail,
            licence?.Code, licence?.Name, licence?.Url, licence is not null,
            CkanFormat.Time(dataset.CreatedAt), CkanFormat.Time(dataset.Modified), null, org.Id.ToString(),
            Organization(org, orgCreated, null),
            resources.Count, tags.Count, tags, [.. dataset.Themes.Select(t => Group(t, language, null))], resources,
            Extras(dataset, org), [], []);
    }

    public static string State(DatasetStatus status) => status switch
    {
        DatasetStatus.Published => "active",
        DatasetStatus.Draft => "draft",
        _ => "deleted",
    };

    public static CkanOrganizationDict Organization(CkanOrganization org, DateTimeOffset? created, int? packageCount)
    {
        ArgumentNullException.ThrowIfNull(org);
        var description = org.Office is null ? "" : org.MunicipalityName;
        return new CkanOrganizationDict(org.Id.ToString(), org.Name, org.Title, org.Title, description, "organization", true, "active", "",
            CkanFormat.Time(created), "approved", packageCount);
    }

    public static CkanTag Tag(string keyword) =>
        new(CkanFormat.StableId("tag", keyword).ToString(), keyword, keyword, "active", null);

    public static CkanGroup Group(string themeCode, string language, int? packageCount) =>
        new(CkanFormat.StableId("group", themeCode).ToString(), themeCode.ToLowerInvariant(), Themes.Name(themeCode, language),
            Themes.Name(themeCode, language), Themes.Iri(themeCode), "", packageCount);

    public static CkanResource Resource(Distribution distribution, int position, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        var x = distribution;
        return new CkanResource(
            x.Id.ToString(), x.DatasetId.ToString(), x.Title, "", x.FormatCode,
            x.IsFile ? $"{baseUrl}/daten/{x.DatasetId}/dateien/{x.Id}" : x.LinkUrl ?? "", x.IsFile ? "upload" : null,
            x.MediaType, null, x.ByteSize, x.Sha256 ?? "", CkanFormat.Time(x.CreatedAt), x.IsFile ? CkanFormat.Time(x.Modified) : null,
            CkanFormat.Time(x.Modified), position, "active", IsTabular(x), null, null, null);
    }

    /// <summary>True for stored CSV and XLSX files: those the datastore answers for.</summary>
    public static bool IsTabular(Distribution distribution) =>
        distribution.IsFile && distribution.FormatCode is "CSV" or "XLSX";

    private static List<CkanExtra> Extras(Dataset d, CkanOrganization org)
    {
        var extras = new List<CkanExtra>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                extras.Add(new CkanExtra(key, value));
            }
        }

        Add("publisher_name", org.Title);
        Add("contact_name", d.ContactName);
        Add("contact_email", d.ContactEmail);
        Add("licenseAttributionByText", d.AttributionText);
        Add("temporal_start", d.TemporalStart?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("temporal_end", d.TemporalEnd?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("frequency", d.FrequencyCode is null ? null : Frequencies.Iri(d.FrequencyCode));
        Add("spatial_keys", d.SpatialKeys.Count == 0 ? null : string.Join(",", d.SpatialKeys));
        Add("politicalGeocodingURI", d.SpatialKeys.Count == 0 ? null : JsonSerializer.Serialize(d.SpatialKeys.Select(SpatialKeys.Uri)));
        Add("politicalGeocodingLevelURI", SpatialKeys.LevelUri(d.SpatialKeys));
        Add("theme", d.Themes.Count == 0 ? null : JsonSerializer.Serialize(d.Themes.Select(Themes.Iri)));
        Add("issued", CkanFormat.Time(d.Issued));
        Add("modified", CkanFormat.Time(d.Modified));
        return extras;
    }
}
