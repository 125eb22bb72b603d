using Microsoft.Extensions.Options;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

public sealed class MailStartupTests
{
    [Fact]
    public async Task a_wrong_mail_port_stops_the_start_with_a_message_naming_the_setting()
    {
        var host = new MisconfiguredMailHost();
        try
        {
            var error = await Assert.ThrowsAsync<OptionsValidationException>(async () => await host.InitializeAsync());

            Assert.Contains("Modules:Hub:Mail:Port must be between 1 and 65535 (is 0)", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    private sealed class MisconfiguredMailHost : SmartRegionHost
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Modules:Hub:Mail:Host"] = "smtp.beispiel.de",
            ["Modules:Hub:Mail:Port"] = "0",
        };
    }
}
