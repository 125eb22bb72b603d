using System.Globalization;
using SmartRegion.OpenData.Datasets;
using SmartRegion.OpenData.Vocabularies;

namespace SmartRegion.OpenData.Rdf;

/// <summary>
/// Builds the DCAT-AP.de 3.0 graph of published datasets: catalogue, datasets, distributions, publishers and contact
/// points, and the hydra paging of the catalogue. All URLs are absolute, from <see cref="BaseUrl"/>.
/// </summary>
internal sealed class DcatGraph(string baseUrl, OpenDataOptions options, IReadOnlyDictionary<string, string> municipalityNames)
{
    private const string DistributionCompleted = "http://publications.europa.eu/resource/authority/distribution-status/COMPLETED";
    private const string AccessPublic = "http://publications.europa.eu/resource/authority/access-right/PUBLIC";
    private const string LocalAuthority = "http://purl.org/adms/publishertype/LocalAuthority";
    private const string German = "http://publications.europa.eu/resource/authority/language/DEU";

    public RdfGraph Graph { get; } = new();

    public string BaseUrl { get; } = baseUrl.TrimEnd('/');

    public string CatalogIri => BaseUrl + "/catalog";

    public string DatasetIri(Guid id) => BaseUrl + "/dataset/" + id.ToString("D");

    public static string PageIri(string baseUrl, CatalogPage page, int number) =>
        baseUrl.TrimEnd('/') + "/catalog?page=" + number.ToString(CultureInfo.InvariantCulture)
        + (page.ModifiedSince is { } since ? "&modified_since=" + Uri.EscapeDataString(DateTime(since)) : "");

    public void AddCatalog(IReadOnlyList<Dataset> datasets, CatalogPage? page)
    {
        var catalog = new RdfIri(CatalogIri);
        Graph.AddType(catalog, Vocab.Dcat + "Catalog");
        Graph.AddText(catalog, Vocab.Dct + "title", "Offene Daten der Smarten Region Würzburg", "de");
        Graph.AddText(catalog, Vocab.Dct + "title", "Open data of the Smart Region Würzburg", "en");
        Graph.AddText(catalog, Vocab.Dct + "description",
            "Daten der Stadt Würzburg und der Gemeinden des Landkreises Würzburg, von den Verwaltungen selbst veröffentlicht.", "de");
        Graph.AddText(catalog, Vocab.Dct + "description",
            "Data of the city of Würzburg and the municipalities of the district of Würzburg, published by the administrations themselves.", "en");
        var publisher = new RdfIri(BaseUrl + "/publisher/catalogue");
        AddAgent(publisher, options.CataloguePublisher);
        Graph.Add(catalog, Vocab.Dct + "publisher", publisher);
        Graph.Add(catalog, Vocab.Foaf + "homepage", BaseUrl + "/daten");
        Graph.Add(catalog, Vocab.Dct + "language", German);
        if (datasets.Count > 0)
        {
            Graph.AddTyped(catalog, Vocab.Dct + "modified", DateTime(datasets.Max(d => d.Modified)), Vocab.Xsd + "dateTime");
        }

        foreach (var dataset in datasets)
        {
            Graph.Add(catalog, Vocab.Dcat + "dataset", new RdfIri(DatasetIri(dataset.Id)));
            AddDataset(dataset);
        }

        if (page is not null)
        {
            AddPaging(catalog, page);
        }
    }

    public void AddDataset(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var node = new RdfIri(DatasetIri(dataset.Id));
        Graph.AddType(node, Vocab.Dcat + "Dataset");
        Graph.AddText(node, Vocab.Dct + "title", dataset.Title, "de");
        Graph.AddText(node, Vocab.Dct + "description", dataset.Description, "de");
        Graph.AddText(node, Vocab.Dct + "identifier", DatasetIri(dataset.Id));
        Graph.Add(node, Vocab.Dcatde + "contributorID", options.ContributorId);
        Graph.Add(node, Vocab.Dcat + "landingPage", BaseUrl + "/daten/" + dataset.Name);
        foreach (var keyword in dataset.Keywords)
        {
            Graph.AddText(node, Vocab.Dcat + "keyword", keyword, "de");
        }

        foreach (var theme in dataset.Themes)
        {
            Graph.Add(node, Vocab.Dcat + "theme", Themes.Iri(theme));
        }

        var publisher = PublisherIri(dataset);
        AddAgent(publisher, PublisherName(dataset));
        Graph.Add(node, Vocab.Dct + "publisher", publisher);
        AddContactPoint(node, dataset);
        if (dataset.Issued is { } issued)
        {
            Graph.AddTyped(node, Vocab.Dct + "issued", DateTime(issued), Vocab.Xsd + "dateTime");
        }

        Graph.AddTyped(node, Vocab.Dct + "modified", DateTime(dataset.Modified), Vocab.Xsd + "dateTime");
        AddTemporal(node, dataset);
        foreach (var key in dataset.SpatialKeys.Where(SpatialKeys.IsWellFormed))
        {
            var area = new RdfIri(SpatialKeys.Uri(key));
            Graph.Add(node, Vocab.Dct + "spatial", area);
            Graph.AddType(area, Vocab.Dct + "Location");
        }

        if (SpatialKeys.LevelUri(dataset.SpatialKeys) is { } level)
        {
            Graph.Add(node, Vocab.Dcatde + "politicalGeocodingLevelURI", level);
        }

        if (dataset.FrequencyCode is { } frequency)
        {
            Graph.Add(node, Vocab.Dct + "accrualPeriodicity", Frequencies.Iri(frequency));
        }

        Graph.Add(node, Vocab.Dct + "accessRights", AccessPublic);
        Graph.Add(node, Vocab.Dct + "language", German);
        foreach (var distribution in dataset.Distributions.OrderBy(d => d.CreatedAt).ThenBy(d => d.Id))
        {
            var iri = new RdfIri(DatasetIri(dataset.Id) + "/distribution/" + distribution.Id.ToString("D"));
            Graph.Add(node, Vocab.Dcat + "distribution", iri);
            AddDistribution(iri, dataset, distribution);
        }
    }

    public string DownloadUrl(Dataset dataset, Distribution distribution) =>
        BaseUrl + "/daten/" + dataset.Id.ToString("D") + "/dateien/" + distribution.Id.ToString("D");

    private void AddDistribution(RdfIri node, Dataset dataset, Distribution distribution)
    {
        Graph.AddType(node, Vocab.Dcat + "Distribution");
        Graph.AddText(node, Vocab.Dct + "title", distribution.Title, "de");
        var url = distribution.IsFile ? DownloadUrl(dataset, distribution) : distribution.LinkUrl!;
        Graph.Add(node, Vocab.Dcat + "accessURL", url);
        if (distribution.IsFile)
        {
            Graph.Add(node, Vocab.Dcat + "downloadURL", url);
        }

        if (Licences.Find(dataset.LicenceCode) is { } licence)
        {
            Graph.Add(node, Vocab.Dct + "license", licence.Iri);
            Graph.AddText(node, Vocab.Dcatde + "licenseAttributionByText", dataset.AttributionText);
        }

        if (FileTypes.FromCode(distribution.FormatCode) is { } format)
        {
            Graph.Add(node, Vocab.Dct + "format", format.Iri);
        }

        if (distribution.MediaType is { } mediaType)
        {
            Graph.Add(node, Vocab.Dcat + "mediaType", "https://www.iana.org/assignments/media-types/" + mediaType);
        }

        if (distribution.ByteSize is { } size)
        {
            Graph.AddTyped(node, Vocab.Dcat + "byteSize", size.ToString(CultureInfo.InvariantCulture), Vocab.Xsd + "nonNegativeInteger");
        }

        if (distribution.Sha256 is { } sha256)
        {
            var checksum = Graph.NewBlank();
            Graph.Add(node, Vocab.Spdx + "checksum", checksum);
            Graph.AddType(checksum, Vocab.Spdx + "Checksum");
            Graph.Add(checksum, Vocab.Spdx + "algorithm", Vocab.Spdx + "checksumAlgorithm_sha256");
            Graph.AddTyped(checksum, Vocab.Spdx + "checksumValue", sha256, Vocab.Xsd + "hexBinary");
        }

        Graph.Add(node, Vocab.Adms + "status", DistributionCompleted);
        Graph.AddTyped(node, Vocab.Dct + "issued", DateTime(distribution.CreatedAt), Vocab.Xsd + "dateTime");
        Graph.AddTyped(node, Vocab.Dct + "modified", DateTime(distribution.Modified), Vocab.Xsd + "dateTime");
    }

    private void AddContactPoint(RdfIri dataset, Dataset source)
    {
        if (source.ContactEmail is null && source.ContactName is null)
        {
            return;
        }

        var contact = Graph.NewBlank();
        Graph.Add(dataset, Vocab.Dcat + "contactPoint", contact);
        Graph.AddType(contact, Vocab.Vcard + "Organization");
        Graph.AddText(contact, Vocab.Vcard + "fn", source.ContactName ?? PublisherName(source));
        if (source.ContactEmail is { } email && RdfIri.IsValid("mailto:" + email))
        {
            Graph.Add(contact, Vocab.Vcard + "hasEmail", "mailto:" + email);
        }
    }

    private void AddTemporal(RdfIri dataset, Dataset source)
    {
        if (source.TemporalStart is null && source.TemporalEnd is null)
        {
            return;
        }

        var period = Graph.NewBlank();
        Graph.Add(dataset, Vocab.Dct + "temporal", period);
        Graph.AddType(period, Vocab.Dct + "PeriodOfTime");
        if (source.TemporalStart is { } start)
        {
            Graph.AddTyped(period, Vocab.Dcat + "startDate", start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Vocab.Xsd + "date");
        }

        if (source.TemporalEnd is { } end)
        {
            Graph.AddTyped(period, Vocab.Dcat + "endDate", end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Vocab.Xsd + "date");
        }
    }

    private void AddAgent(RdfIri agent, string name)
    {
        Graph.AddType(agent, Vocab.Foaf + "Organization");
        Graph.AddType(agent, Vocab.Foaf + "Agent");
        Graph.AddText(agent, Vocab.Foaf + "name", name);
        Graph.Add(agent, Vocab.Dct + "type", LocalAuthority);
    }

    private void AddPaging(RdfIri catalog, CatalogPage page)
    {
        var view = new RdfIri(PageIri(BaseUrl, page, page.Page));
        Graph.Add(catalog, Vocab.Hydra + "view", view);
        Graph.AddType(view, Vocab.Hydra + "PagedCollection");
        Graph.AddType(view, Vocab.Hydra + "PartialCollectionView");
        Graph.AddTyped(view, Vocab.Hydra + "totalItems", page.Total.ToString(CultureInfo.InvariantCulture), Vocab.Xsd + "integer");
        Graph.AddTyped(view, Vocab.Hydra + "itemsPerPage", page.PageSize.ToString(CultureInfo.InvariantCulture), Vocab.Xsd + "integer");
        AddPageLink(view, "first", "firstPage", page, 1);
        AddPageLink(view, "last", "lastPage", page, page.LastPage);
        if (page.Page > 1)
        {
            AddPageLink(view, "previous", "previousPage", page, page.Page - 1);
        }

        if (page.Page < page.LastPage)
        {
            AddPageLink(view, "next", "nextPage", page, page.Page + 1);
        }
    }

    // hydra:first etc. (Hydra Core) as IRIs; hydra:firstPage etc. (the older terms harvesters of CKAN catalogues read) as strings.
    private void AddPageLink(RdfIri view, string term, string legacyTerm, CatalogPage page, int number)
    {
        var url = PageIri(BaseUrl, page, number);
        Graph.Add(view, Vocab.Hydra + term, url);
        Graph.AddText(view, Vocab.Hydra + legacyTerm, url);
    }

    private RdfIri PublisherIri(Dataset dataset) =>
        new(BaseUrl + "/publisher/" + dataset.MunicipalityAgs + (dataset.PublisherName is null ? "" : "/" + DatasetNames.Slug(dataset.PublisherName)));

    private string PublisherName(Dataset dataset) =>
        dataset.PublisherName ?? municipalityNames.GetValueOrDefault(dataset.MunicipalityAgs) ?? dataset.MunicipalityAgs;

    public static string DateTime(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
