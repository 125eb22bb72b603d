namespace SmartRegion.OpenData.Datasets;

/// <summary>A dataset as its staff see it: every field, its distributions, and what it lacks for publishing.</summary>
internal sealed record DatasetDetails(
    Guid Id,
    string Name,
    string Status,
    string MunicipalityAgs,
    string Title,
    string Description,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Themes,
    string? PublisherName,
    string? ContactName,
    string? ContactEmail,
    string? Licence,
    string? AttributionText,
    DateOnly? TemporalStart,
    DateOnly? TemporalEnd,
    IReadOnlyList<string> Spatial,
    string? Frequency,
    DateTimeOffset? Issued,
    DateTimeOffset Modified,
    IReadOnlyList<DistributionItem> Distributions,
    IReadOnlyList<PublicationGap> Gaps)
{
    public static DatasetDetails From(Dataset d, IReadOnlyList<PublicationGap> gaps) => new(
        d.Id, d.Name, StatusName(d.Status), d.MunicipalityAgs, d.Title, d.Description, d.Keywords, d.Themes, d.PublisherName,
        d.ContactName, d.ContactEmail, d.LicenceCode, d.AttributionText, d.TemporalStart, d.TemporalEnd, d.SpatialKeys,
        d.FrequencyCode, d.Issued, d.Modified, [.. d.Distributions.OrderBy(x => x.CreatedAt).ThenBy(x => x.Id).Select(DistributionItem.From)], gaps);

    public static string StatusName(DatasetStatus status) => status.ToString().ToLowerInvariant();
}

/// <summary>One distribution: a stored file (with size and SHA-256) or a link.</summary>
internal sealed record DistributionItem(Guid Id, string Title, string? Format, string? MediaType, string? FileName, long? ByteSize, string? Sha256, string? LinkUrl)
{
    public static DistributionItem From(Distribution d) => new(d.Id, d.Title, d.FormatCode, d.MediaType, d.FileName, d.ByteSize, d.Sha256, d.LinkUrl);
}
