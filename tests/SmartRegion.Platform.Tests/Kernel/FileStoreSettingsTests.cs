using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SmartRegion.Kernel.Database;
using SmartRegion.Kernel.Files;

namespace SmartRegion.Platform.Tests.Kernel;

/// <summary>Settings that name no usable file store stop the start with a message that says what to set.</summary>
public sealed class FileStoreSettingsTests
{
    [Theory]
    [InlineData("ftp", "", "Files:Store must be 'local' or 's3'.")]
    [InlineData("s3", "", "Files:Store is 's3' but Files:S3:Bucket names no bucket.")]
    [InlineData("S3", " ", "Files:Store is 's3' but Files:S3:Bucket names no bucket.")]
    public void a_store_that_cannot_work_stops_the_start_with_what_to_set(string store, string bucket, string message)
    {
        using var services = Services(new() { ["Files:Store"] = store, ["Files:S3:Bucket"] = bucket });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(message, failure.Failures);
    }

    [Theory]
    [InlineData(null, typeof(LocalFileStore))]
    [InlineData("local", typeof(LocalFileStore))]
    [InlineData("s3", typeof(S3FileStore))]
    public void the_setting_chooses_the_store(string? store, Type expected)
    {
        using var services = Services(new() { ["Files:Store"] = store, ["Files:S3:Bucket"] = "smartregion", ["Files:S3:ServiceUrl"] = "http://127.0.0.1:9" });

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.IsType(expected, services.GetRequiredService<IFileStore>());
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        settings["Storage:DataPath"] = Path.Combine(Path.GetTempPath(), "smartregion-filestore-settings");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section));
        services.AddFileStore(configuration);
        return services.BuildServiceProvider();
    }
}
