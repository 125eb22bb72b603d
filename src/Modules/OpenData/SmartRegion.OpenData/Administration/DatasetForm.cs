using SmartRegion.OpenData.Datasets;

namespace SmartRegion.OpenData.Administration;

/// <summary>
/// The dataset form as the pages post it: lists as comma-separated text, themes as checkboxes (read from the form
/// separately), converted to the same input the API takes.
/// </summary>
internal sealed class DatasetForm
{
    /// <summary>Name of the theme checkboxes in the posted form.</summary>
    public const string ThemesField = "Themen";

    public string? MunicipalityAgs { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Keywords { get; set; }

    public string? PublisherName { get; set; }

    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }

    public string? Licence { get; set; }

    public string? AttributionText { get; set; }

    public string? TemporalStart { get; set; }

    public string? TemporalEnd { get; set; }

    public string? Spatial { get; set; }

    public string? Frequency { get; set; }

    /// <summary>Filled from the checkboxes by the page (the form binder leaves it null).</summary>
    public List<string>? Themes { get; set; } = [];

    public static DatasetForm From(DatasetDetails d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new()
        {
            MunicipalityAgs = d.MunicipalityAgs,
            Title = d.Title,
            Description = d.Description,
            Keywords = string.Join(", ", d.Keywords),
            PublisherName = d.PublisherName,
            ContactName = d.ContactName,
            ContactEmail = d.ContactEmail,
            Licence = d.Licence,
            AttributionText = d.AttributionText,
            TemporalStart = d.TemporalStart?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            TemporalEnd = d.TemporalEnd?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Spatial = string.Join(", ", d.Spatial),
            Frequency = d.Frequency,
            Themes = [.. d.Themes],
        };
    }

    public T To<T>(T input)
        where T : DatasetInput
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Title = Title;
        input.Description = Description;
        input.Keywords = Split(Keywords);
        input.Themes = Themes;
        input.PublisherName = PublisherName;
        input.ContactName = ContactName;
        input.ContactEmail = ContactEmail;
        input.Licence = Licence;
        input.AttributionText = AttributionText;
        input.TemporalStart = TemporalStart;
        input.TemporalEnd = TemporalEnd;
        input.Spatial = Split(Spatial);
        input.Frequency = Frequency;
        return input;
    }

    private static List<string> Split(string? text) =>
        [.. (text ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
