namespace SmartRegion.Kernel.Files;

/// <summary>The <c>Files</c> section: which store keeps the platform's files.</summary>
public sealed class FileStoreOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Files";

    /// <summary><c>local</c> (the data folder, the default) or <c>s3</c> (an S3-compatible object store).</summary>
    public string Store { get; set; } = "local";

    /// <summary>The S3 store's settings, read when <see cref="Store"/> is <c>s3</c>.</summary>
    public S3StoreOptions S3 { get; set; } = new();
}

/// <summary>The <c>Files:S3</c> section. The keys come from the environment (<c>Files__S3__AccessKey</c>), never from a file in the repository.</summary>
public sealed class S3StoreOptions
{
    /// <summary>The service's address for MinIO, Ceph, Garage and others (<c>https://s3.example.org</c>); empty for AWS itself.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The bucket, created beforehand by the operator.</summary>
    public string Bucket { get; set; } = "";

    /// <summary>The region the requests are signed for (<c>us-east-1</c> for most self-hosted services).</summary>
    public string Region { get; set; } = "us-east-1";

    /// <summary>Access key; empty: the SDK's usual sources (<c>AWS_ACCESS_KEY_ID</c>, profile, instance role).</summary>
    public string? AccessKey { get; set; }

    /// <summary>Secret key belonging to <see cref="AccessKey"/>.</summary>
    public string? SecretKey { get; set; }

    /// <summary>Addresses as <c>host/bucket/key</c> rather than <c>bucket.host/key</c>; most self-hosted services need it.</summary>
    public bool ForcePathStyle { get; set; } = true;
}
