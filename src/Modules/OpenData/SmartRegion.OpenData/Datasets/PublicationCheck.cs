using Microsoft.Extensions.Localization;
using SmartRegion.OpenData.Resources;
using SmartRegion.OpenData.Vocabularies;

namespace SmartRegion.OpenData.Datasets;

/// <summary>Something a dataset lacks for DCAT-AP.de: a mandatory field blocks publishing, a recommended one does not.</summary>
/// <param name="Field">The input field, e.g. <c>Description</c>.</param>
/// <param name="Mandatory">True when the dataset cannot be published without it.</param>
/// <param name="Message">What is missing, in the request's language.</param>
internal sealed record PublicationGap(string Field, bool Mandatory, string Message);

/// <summary>
/// The DCAT-AP.de 3.0 fields a dataset needs before it is published. Mandatory: title, description, publisher, licence
/// (with the attribution text when the licence asks for one) and at least one distribution. Recommended: keywords,
/// themes, contact point, temporal and spatial coverage, update frequency.
/// </summary>
internal static class PublicationCheck
{
    public static IReadOnlyList<PublicationGap> Gaps(Dataset dataset, IStringLocalizer<OpenDataText> text)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(text);
        var gaps = new List<PublicationGap>();
        void Need(bool missing, string field, bool mandatory) =>
            gaps.AddRange(missing ? [new PublicationGap(field, mandatory, text["Gap." + field])] : []);

        Need(string.IsNullOrWhiteSpace(dataset.Title), nameof(DatasetInput.Title), true);
        Need(string.IsNullOrWhiteSpace(dataset.Description), nameof(DatasetInput.Description), true);
        Need(string.IsNullOrEmpty(dataset.MunicipalityAgs), nameof(DatasetInput.PublisherName), true);
        var licence = Licences.Find(dataset.LicenceCode);
        Need(licence is null, nameof(DatasetInput.Licence), true);
        Need(licence is { RequiresAttribution: true } && string.IsNullOrWhiteSpace(dataset.AttributionText), nameof(DatasetInput.AttributionText), true);
        Need(dataset.Distributions.Count == 0, "Distributions", true);
        Need(dataset.Keywords.Count == 0, nameof(DatasetInput.Keywords), false);
        Need(dataset.Themes.Count == 0, nameof(DatasetInput.Themes), false);
        Need(string.IsNullOrEmpty(dataset.ContactEmail), nameof(DatasetInput.ContactEmail), false);
        Need(dataset.TemporalStart is null && dataset.TemporalEnd is null, nameof(DatasetInput.TemporalStart), false);
        Need(dataset.SpatialKeys.Count == 0, nameof(DatasetInput.Spatial), false);
        Need(dataset.FrequencyCode is null, nameof(DatasetInput.Frequency), false);
        return gaps;
    }
}
