using System.Globalization;
using System.Net.Mail;
using Microsoft.Extensions.Localization;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Web;
using SmartRegion.OpenData.Rdf;
using SmartRegion.OpenData.Resources;
using SmartRegion.OpenData.Vocabularies;

namespace SmartRegion.OpenData.Datasets;

/// <summary>The describing fields of a dataset as the API and the forms send them, and their validation.</summary>
internal class DatasetInput
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public List<string>? Keywords { get; set; }

    /// <summary>EU data-theme codes, e.g. <c>GOVE</c>.</summary>
    public List<string>? Themes { get; set; }

    /// <summary>The office that publishes the dataset; empty: the municipality itself.</summary>
    public string? PublisherName { get; set; }

    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }

    /// <summary>dcat-ap.de licence code: <c>dl-by-de/2.0</c>, <c>dl-zero-de/2.0</c>, <c>cc-by/4.0</c> or <c>cc-zero</c>.</summary>
    public string? Licence { get; set; }

    public string? AttributionText { get; set; }

    /// <summary>First day the data covers, <c>yyyy-MM-dd</c>.</summary>
    public string? TemporalStart { get; set; }

    /// <summary>Last day the data covers, <c>yyyy-MM-dd</c>.</summary>
    public string? TemporalEnd { get; set; }

    /// <summary>Areas covered: AGS (8 digits), district key (5) or state key (2).</summary>
    public List<string>? Spatial { get; set; }

    /// <summary>EU frequency code, e.g. <c>ANNUAL</c>.</summary>
    public string? Frequency { get; set; }

    public void CopyFrom(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        Title = dataset.Title;
        Description = dataset.Description;
        Keywords = [.. dataset.Keywords];
        Themes = [.. dataset.Themes];
        PublisherName = dataset.PublisherName;
        ContactName = dataset.ContactName;
        ContactEmail = dataset.ContactEmail;
        Licence = dataset.LicenceCode;
        AttributionText = dataset.AttributionText;
        TemporalStart = dataset.TemporalStart?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        TemporalEnd = dataset.TemporalEnd?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Spatial = [.. dataset.SpatialKeys];
        Frequency = dataset.FrequencyCode;
    }

    /// <summary>The fields when valid; otherwise null, with the messages in <paramref name="errors"/>.</summary>
    public DatasetFields? Validate(ValidationErrors errors, IStringLocalizer<OpenDataText> text)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(text);
        var title = Clean(Title);
        if (title is null)
        {
            errors.Add(nameof(Title), text["Field.Title.Required"]);
        }
        else
        {
            errors.AddIf(title.Length > Dataset.MaxTitle || TextInput.HasControlCharacters(title), nameof(Title), text["Field.Title.Invalid", Dataset.MaxTitle]);
        }

        var description = (Description ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
        errors.AddIf(description.Length > Dataset.MaxDescription || TextInput.HasControlCharacters(description, allowLineBreaks: true),
            nameof(Description), text["Field.Description.Invalid", Dataset.MaxDescription]);

        var keywords = (Keywords ?? []).Select(Clean).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        errors.AddIf(keywords.Count > Dataset.MaxKeywords || keywords.Any(k => k.Length > Dataset.MaxKeyword || TextInput.HasControlCharacters(k)),
            nameof(Keywords), text["Field.Keywords.Invalid", Dataset.MaxKeywords, Dataset.MaxKeyword]);

        var themes = (Themes ?? []).Select(t => t?.Trim().ToUpperInvariant()).OfType<string>().Where(t => t.Length > 0).Distinct().ToList();
        foreach (var unknown in themes.Where(t => !Vocabularies.Themes.IsKnown(t)))
        {
            errors.Add(nameof(Themes), text["Field.Themes.Unknown", unknown, string.Join(", ", Vocabularies.Themes.Codes)]);
        }

        var publisher = Clean(PublisherName);
        errors.AddIf(publisher is not null && (publisher.Length > Dataset.MaxPublisher || TextInput.HasControlCharacters(publisher)),
            nameof(PublisherName), text["Field.PublisherName.Invalid", Dataset.MaxPublisher]);

        var contactName = Clean(ContactName);
        errors.AddIf(contactName is not null && (contactName.Length > Dataset.MaxContactName || TextInput.HasControlCharacters(contactName)),
            nameof(ContactName), text["Field.ContactName.Invalid", Dataset.MaxContactName]);

        var email = Clean(ContactEmail);
        errors.AddIf(email is not null && !IsEmail(email), nameof(ContactEmail), text["Field.ContactEmail.Invalid"]);

        var licence = Clean(Licence);
        errors.AddIf(licence is not null && Licences.Find(licence) is null, nameof(Licence),
            text["Field.Licence.Unknown", string.Join(", ", Licences.All.Select(l => l.Code))]);

        var attribution = Clean(AttributionText);
        errors.AddIf(attribution is not null && (attribution.Length > Dataset.MaxAttribution || TextInput.HasControlCharacters(attribution)),
            nameof(AttributionText), text["Field.AttributionText.Invalid", Dataset.MaxAttribution]);

        var start = ParseDate(TemporalStart, nameof(TemporalStart), errors, text);
        var end = ParseDate(TemporalEnd, nameof(TemporalEnd), errors, text);
        errors.AddIf(start is not null && end is not null && end < start, nameof(TemporalEnd), text["Field.TemporalEnd.BeforeStart"]);

        var spatial = (Spatial ?? []).Select(Clean).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        errors.AddIf(spatial.Any(k => !SpatialKeys.IsWellFormed(k)), nameof(Spatial), text["Field.Spatial.Invalid"]);

        var frequency = Clean(Frequency)?.ToUpperInvariant();
        errors.AddIf(frequency is not null && !Frequencies.IsKnown(frequency), nameof(Frequency),
            text["Field.Frequency.Unknown", string.Join(", ", Frequencies.Codes)]);

        return errors.IsEmpty
            ? new DatasetFields(title!, description, keywords, themes, publisher, contactName, email, licence, attribution, start, end, spatial, frequency)
            : null;
    }

    private static DateOnly? ParseDate(string? value, string field, ValidationErrors errors, IStringLocalizer<OpenDataText> text)
    {
        var trimmed = Clean(value);
        if (trimmed is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || DateOnly.TryParseExact(trimmed, "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return date;
        }

        errors.Add(field, text["Field.Date.Invalid"]);
        return null;
    }

    private static bool IsEmail(string value) =>
        value.Length <= Dataset.MaxEmail && MailAddress.TryCreate(value, out var address) && address.Address == value
        && RdfIri.IsValid("mailto:" + value) && value.IndexOf('@', StringComparison.Ordinal) is > 0 && value[(value.IndexOf('@', StringComparison.Ordinal) + 1)..].Contains('.', StringComparison.Ordinal);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
