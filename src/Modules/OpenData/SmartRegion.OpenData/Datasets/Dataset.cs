namespace SmartRegion.OpenData.Datasets;

/// <summary>
/// A dataset of the catalogue (DCAT <c>dcat:Dataset</c>, a CKAN package): it belongs to one municipality, whose staff
/// manage it, and has a stable <see cref="Name"/> (slug) beside its id for URLs and the CKAN API.
/// </summary>
internal sealed class Dataset
{
    public const int MaxName = 100;
    public const int MaxTitle = 200;
    public const int MaxDescription = 10_000;
    public const int MaxKeyword = 60;
    public const int MaxKeywords = 30;
    public const int MaxPublisher = 200;
    public const int MaxContactName = 200;
    public const int MaxEmail = 254;
    public const int MaxAttribution = 500;

    private Dataset()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The municipality (AGS) the dataset belongs to: its staff manage it; it publishes it unless an office is named.</summary>
    public string MunicipalityAgs { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    public List<string> Keywords { get; private set; } = [];

    /// <summary>EU data-theme codes, e.g. <c>GOVE</c>.</summary>
    public List<string> Themes { get; private set; } = [];

    /// <summary>The office that publishes the dataset; null means the municipality itself.</summary>
    public string? PublisherName { get; private set; }

    public string? ContactName { get; private set; }

    public string? ContactEmail { get; private set; }

    /// <summary>Code of the dcat-ap.de licence, e.g. <c>dl-by-de/2.0</c>.</summary>
    public string? LicenceCode { get; private set; }

    public string? AttributionText { get; private set; }

    public DateOnly? TemporalStart { get; private set; }

    public DateOnly? TemporalEnd { get; private set; }

    /// <summary>Official keys of the area covered: 8-digit AGS, 5-digit district key or 2-digit state key.</summary>
    public List<string> SpatialKeys { get; private set; } = [];

    /// <summary>Code of the EU frequency table, e.g. <c>ANNUAL</c>.</summary>
    public string? FrequencyCode { get; private set; }

    public DatasetStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public Guid? CreatedBy { get; private set; }

    /// <summary>First publication.</summary>
    public DateTimeOffset? Issued { get; private set; }

    /// <summary>Last change of the metadata or the distributions.</summary>
    public DateTimeOffset Modified { get; private set; }

    public List<Distribution> Distributions { get; private set; } = [];

    public static Dataset Create(string name, string municipalityAgs, DatasetFields fields, Guid? createdBy, DateTimeOffset now)
    {
        var dataset = new Dataset
        {
            Id = Guid.CreateVersion7(now),
            Name = name,
            MunicipalityAgs = municipalityAgs,
            Status = DatasetStatus.Draft,
            CreatedAt = now,
            CreatedBy = createdBy,
        };
        dataset.Update(fields, now);
        return dataset;
    }

    public void Update(DatasetFields fields, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(fields);
        Title = fields.Title;
        Description = fields.Description;
        Keywords = [.. fields.Keywords];
        Themes = [.. fields.Themes];
        PublisherName = fields.PublisherName;
        ContactName = fields.ContactName;
        ContactEmail = fields.ContactEmail;
        LicenceCode = fields.LicenceCode;
        AttributionText = fields.AttributionText;
        TemporalStart = fields.TemporalStart;
        TemporalEnd = fields.TemporalEnd;
        SpatialKeys = [.. fields.SpatialKeys];
        FrequencyCode = fields.FrequencyCode;
        Modified = now;
    }

    public DatasetFields Fields => new(Title, Description, Keywords, Themes, PublisherName, ContactName, ContactEmail, LicenceCode,
        AttributionText, TemporalStart, TemporalEnd, SpatialKeys, FrequencyCode);

    public void Touch(DateTimeOffset now) => Modified = now;

    public void Publish(DateTimeOffset now)
    {
        Status = DatasetStatus.Published;
        Issued ??= now;
        Modified = now;
    }

    public void Withdraw(DateTimeOffset now)
    {
        Status = DatasetStatus.Withdrawn;
        Modified = now;
    }
}
