using System.ComponentModel.DataAnnotations;

namespace SmartRegion.OpenData;

/// <summary>The <c>Modules:OpenData</c> section.</summary>
internal sealed class OpenDataOptions
{
    public const string Section = "Modules:OpenData";

    /// <summary>Largest file staff may upload as a distribution, in bytes (default 200 MB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxUploadBytes { get; set; } = 200L * 1024 * 1024;

    /// <summary>
    /// Origin of the absolute URLs in the RDF (e.g. <c>https://daten.smarte-region.example</c>); empty: the request's
    /// origin. Set it in production so harvesters see stable identifiers whatever host name they used.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The DCAT-AP.de data provider id (<c>dcatde:contributorID</c>) of the harvesting portal.</summary>
    public string ContributorId { get; set; } = "http://dcat-ap.de/def/contributors/openDataBayern";

    /// <summary>Datasets per page of <c>/catalog.ttl</c> and its siblings.</summary>
    [Range(1, 1000)]
    public int CataloguePageSize { get; set; } = 100;

    /// <summary>Who runs the catalogue (the catalogue's <c>dct:publisher</c>).</summary>
    public string CataloguePublisher { get; set; } = "Landratsamt Würzburg";
}
