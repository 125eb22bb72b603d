namespace SmartRegion.OpenData.Datasets;

/// <summary>The describing fields of a dataset after validation, as staff edit them.</summary>
internal sealed record DatasetFields(
    string Title,
    string Description,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> Themes,
    string? PublisherName,
    string? ContactName,
    string? ContactEmail,
    string? LicenceCode,
    string? AttributionText,
    DateOnly? TemporalStart,
    DateOnly? TemporalEnd,
    IReadOnlyList<string> SpatialKeys,
    string? FrequencyCode);
