namespace SmartRegion.OpenData.Datasets;

/// <summary>
/// One way to get a dataset's data (DCAT <c>dcat:Distribution</c>, a CKAN resource): a file stored by the platform
/// (checksummed) or a link to where the data lives.
/// </summary>
internal sealed class Distribution
{
    public const int MaxTitle = 200;
    public const int MaxFileName = 200;
    public const int MaxUrl = 2000;

    private Distribution()
    {
    }

    public Guid Id { get; private set; }

    public Guid DatasetId { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>EU file-type code, e.g. <c>CSV</c>; null for a link of unknown format.</summary>
    public string? FormatCode { get; private set; }

    public string? MediaType { get; private set; }

    /// <summary>The uploaded file's name as people see it; null for a link.</summary>
    public string? FileName { get; private set; }

    /// <summary>Path of the stored file relative to the module's storage folder; null for a link.</summary>
    public string? StoragePath { get; private set; }

    public long? ByteSize { get; private set; }

    /// <summary>SHA-256 of the stored file, lower-case hex.</summary>
    public string? Sha256 { get; private set; }

    /// <summary>Where the data is, for a link.</summary>
    public string? LinkUrl { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset Modified { get; private set; }

    public bool IsFile => StoragePath is not null;

    public static Distribution ForFile(Guid id, Guid datasetId, string title, string formatCode, string mediaType, string fileName,
        string storagePath, long byteSize, string sha256, DateTimeOffset now) => new()
    {
        Id = id,
        DatasetId = datasetId,
        Title = title,
        FormatCode = formatCode,
        MediaType = mediaType,
        FileName = fileName,
        StoragePath = storagePath,
        ByteSize = byteSize,
        Sha256 = sha256,
        CreatedAt = now,
        Modified = now,
    };

    /// <summary>Points the distribution at a new stored file (the platform rewrote its content); the old file is removed by the caller once saved.</summary>
    public void ReplaceFile(string storagePath, long byteSize, string sha256, DateTimeOffset now)
    {
        StoragePath = storagePath;
        ByteSize = byteSize;
        Sha256 = sha256;
        Modified = now;
    }

    public static Distribution ForLink(Guid datasetId, string title, string url, string? formatCode, string? mediaType, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        DatasetId = datasetId,
        Title = title,
        LinkUrl = url,
        FormatCode = formatCode,
        MediaType = mediaType,
        CreatedAt = now,
        Modified = now,
    };
}
