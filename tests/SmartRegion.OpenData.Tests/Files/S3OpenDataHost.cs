using SmartRegion.TestKit;

namespace SmartRegion.OpenData.Tests.Files;

/// <summary>The platform with its file store on an S3-compatible server of its own (s3rver), started before the platform and stopped after it.</summary>
public sealed class S3OpenDataHost : SmartRegionHost
{
    public const string Bucket = "smartregion";

    internal S3TestServer? S3 { get; private set; }

    // The objects live in this host's server, not in the data folder a later host would copy.
    protected override bool StartsFromSeededCopy => false;

    protected override IReadOnlyDictionary<string, string?> Settings => S3?.Settings(Bucket) ?? [];

    protected override async Task BeforeStartAsync() => S3 = await S3TestServer.StartAsync(Bucket);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (S3 is not null)
        {
            await S3.DisposeAsync();
        }
    }
}
