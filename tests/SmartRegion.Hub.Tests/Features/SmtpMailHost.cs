using System.Globalization;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

/// <summary>A host whose mail settings point at an SMTP server running in the test process.</summary>
public sealed class SmtpMailHost : SmartRegionHost
{
    public SmtpTestServer Smtp { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Modules:Hub:Mail:Host"] = "127.0.0.1",
        ["Modules:Hub:Mail:Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Modules:Hub:Mail:Security"] = "None",
        ["Modules:Hub:Mail:TimeoutSeconds"] = "10",
        ["Modules:Hub:Mail:FromAddress"] = "noreply@smarte-region.example",
    };

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Smtp.Dispose();
    }
}
