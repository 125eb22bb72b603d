using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SmartRegion.Kernel.Database;

namespace SmartRegion.Kernel.Files;

/// <summary>Registers the one <see cref="IFileStore"/> the settings choose (<c>Files:Store</c>).</summary>
public static class FileStoreRegistration
{
    /// <summary>Adds the <c>Files</c> options and the store they name.</summary>
    public static IServiceCollection AddFileStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FileStoreOptions>().Bind(configuration.GetSection(FileStoreOptions.Section))
            .Validate(o => IsLocal(o) || IsS3(o), "Files:Store must be 'local' or 's3'.")
            .Validate(o => !IsS3(o) || !string.IsNullOrWhiteSpace(o.S3.Bucket), "Files:Store is 's3' but Files:S3:Bucket names no bucket.")
            .ValidateOnStart();
        services.AddSingleton<IFileStore>(sp => Create(sp.GetRequiredService<IOptions<FileStoreOptions>>().Value, sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        return services;
    }

    /// <summary>The store the options name; the local store and the S3 store's temporary files live in the data folder.</summary>
    public static IFileStore Create(FileStoreOptions options, StorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(storage);
        return IsS3(options) ? new S3FileStore(options.S3, Path.Combine(storage.FullDataPath, LocalFileStore.TemporaryFolder))
            : IsLocal(options) ? new LocalFileStore(storage.FullDataPath)
            : throw new InvalidOperationException($"Files:Store is '{options.Store}'; it must be 'local' or 's3'.");
    }

    private static bool IsLocal(FileStoreOptions o) => string.IsNullOrWhiteSpace(o.Store) || string.Equals(o.Store.Trim(), "local", StringComparison.OrdinalIgnoreCase);

    private static bool IsS3(FileStoreOptions o) => string.Equals(o.Store?.Trim(), "s3", StringComparison.OrdinalIgnoreCase);
}
