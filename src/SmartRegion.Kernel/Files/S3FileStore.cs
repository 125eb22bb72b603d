using System.Net;
using System.Runtime.CompilerServices;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace SmartRegion.Kernel.Files;

/// <summary>
/// The files as objects of one bucket of an S3-compatible service (MinIO, Ceph, Garage, a cloud's S3), shared by every
/// node. A write is counted and hashed into a temporary file of this node first and then sent with one
/// <c>PutObject</c> of known length, which S3 publishes atomically: an object is there whole or not at all, and a write
/// that is refused (too large) or fails never reaches the service. The SHA-256 travels along as the object's metadata
/// <c>x-amz-meta-sha256</c>.
/// </summary>
public sealed class S3FileStore : IFileStore, IDisposable
{
    private const string Sha256Metadata = "sha256";

    private readonly AmazonS3Client _client;
    private readonly string _bucket;
    private readonly string _temporaryFolder;

    /// <param name="options">Address, bucket, region and keys.</param>
    /// <param name="temporaryFolder">A folder of this node for writes in progress.</param>
    public S3FileStore(S3StoreOptions options, string temporaryFolder)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Bucket))
        {
            throw new InvalidOperationException("Files:Store is 's3' but Files:S3:Bucket names no bucket.");
        }

        var config = new AmazonS3Config
        {
            ForcePathStyle = options.ForcePathStyle,
            // Checksums only where S3 requires them: self-hosted services do not all read the newer trailing checksums.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (string.IsNullOrWhiteSpace(options.ServiceUrl))
        {
            config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(options.Region);
        }
        else
        {
            config.ServiceURL = options.ServiceUrl;
            config.AuthenticationRegion = options.Region;
        }

        _client = string.IsNullOrEmpty(options.AccessKey)
            ? new AmazonS3Client(config)
            : new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey ?? ""), config);
        _bucket = options.Bucket;
        _temporaryFolder = temporaryFolder;
    }

    /// <summary>The bucket the objects are in.</summary>
    public string Bucket => _bucket;

    /// <inheritdoc />
    public async Task<StoredFile?> WriteAsync(string key, Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        FileKeys.Check(key);
        var temporary = Path.Combine(Directory.CreateDirectory(_temporaryFolder).FullName, Guid.NewGuid().ToString("N"));
        try
        {
            if (await LimitedCopy.ToFileAsync(content, temporary, maxBytes, cancellationToken) is not { } written)
            {
                return null;
            }

            var request = new PutObjectRequest
            {
                BucketName = _bucket,
                Key = key,
                FilePath = temporary,
                ContentType = "application/octet-stream",
                UseChunkEncoding = false,
            };
            request.Metadata[Sha256Metadata] = written.Sha256;
            await _client.PutObjectAsync(request, cancellationToken);
            return new StoredFile(key, written.Length, written.Sha256);
        }
        finally
        {
            LimitedCopy.Delete(temporary);
        }
    }

    /// <inheritdoc />
    public async Task<StoredFileContent?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        FileKeys.Check(key);
        try
        {
            var response = await _client.GetObjectAsync(_bucket, key, cancellationToken);
            return new StoredFileContent(response.ResponseStream, response.ContentLength);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task<StoredFileInfo?> GetInfoAsync(string key, CancellationToken cancellationToken)
    {
        FileKeys.Check(key);
        try
        {
            var response = await _client.GetObjectMetadataAsync(_bucket, key, cancellationToken);
            return new StoredFileInfo(key, response.ContentLength, Utc(response.LastModified));
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string key, CancellationToken cancellationToken) =>
        await _client.DeleteObjectAsync(_bucket, FileKeys.Check(key), cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredFileInfo> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        FileKeys.CheckPrefix(prefix);
        var request = new ListObjectsV2Request { BucketName = _bucket, Prefix = prefix.Length == 0 ? null : prefix };
        while (true)
        {
            var page = await _client.ListObjectsV2Async(request, cancellationToken);
            foreach (var item in (page.S3Objects ?? []).OrderBy(o => o.Key, StringComparer.Ordinal))
            {
                yield return new StoredFileInfo(item.Key, item.Size ?? 0, Utc(item.LastModified));
            }

            if (page.IsTruncated != true || string.IsNullOrEmpty(page.NextContinuationToken))
            {
                yield break;
            }

            request.ContinuationToken = page.NextContinuationToken;
        }
    }

    private static DateTimeOffset Utc(DateTime? value) =>
        value is { } v ? new DateTimeOffset(v.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : v.ToUniversalTime()) : DateTimeOffset.MinValue;

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();
}
