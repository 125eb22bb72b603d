using System.Net;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

public sealed class DemoAccountTests(DemoHost host) : IntegrationTest<DemoHost>(host), IClassFixture<DemoHost>
{
    [Fact]
    public async Task a_trial_installation_has_a_region_admin_whose_random_password_is_in_the_data_folder()
    {
        var file = await File.ReadAllLinesAsync(Path.Combine(Host.DataPath, "demo-zugang.txt"));
        var password = file.Single(l => l.StartsWith("Passwort: ", StringComparison.Ordinal))["Passwort: ".Length..];

        var response = await People.SignInAsync(Client, "admin@demo.smarte-region.invalid", password);
        var reports = await GetPageAsync("/verwaltung/barrieren");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reports.Status);
        Assert.True(password.Length >= 16);
    }
}
