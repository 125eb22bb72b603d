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
        services.AddOptions<FileStoreOptions>().Bind(configuration.GetSection(FileStoreOptions.Section));
        services.AddSingleton<IFileStore>(sp => Create(sp.GetRequiredService<IOptions<FileStoreOptions>>().Value, sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        return services;
    }

    /// <summary>The store the options name; the local store and the S3 store's temporary files live in the data folder.</summary>
    public static IFileStore Create(FileStoreOptions options, StorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(storage);
        return options.Store.Trim().ToLowerInvariant() switch
        {
            "local" or "" => new LocalFileStore(storage.FullDataPath),
            "s3" => new S3FileStore(options.S3, Path.Combine(storage.FullDataPath, LocalFileStore.TemporaryFolder)),
            _ => throw new InvalidOperationException($"Files:Store is '{options.Store}'; it must be 'local' or 's3'."),
        };
    }
}
