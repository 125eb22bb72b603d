using System.Net;
using System.Net.Http.Json;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

public sealed class RegistrationRateLimitTests(SignInRateLimitedHost host) : IntegrationTest<SignInRateLimitedHost>(host), IClassFixture<SignInRateLimitedHost>
{
    [Fact]
    public async Task registrations_beyond_the_limit_get_429_on_the_api_and_the_form_while_reading_goes_on()
    {
        var form = await GetPageAsync("/registrieren");
        var first = await Client.PostAsJsonAsync("/api/hub/registrations", Body("a@beispiel.de"));
        var second = await Client.PostAsJsonAsync("/api/hub/registrations", Body("b@beispiel.de"));
        var third = await Client.PostAsJsonAsync("/api/hub/registrations", Body("c@beispiel.de"));
        var page = await form.SubmitAsync(Client, "main form", new Dictionary<string, string>
        {
            ["Model.DisplayName"] = "D",
            ["Model.Email"] = "d@beispiel.de",
            ["Model.Password"] = SelfServicePeople.Password,
            ["Model.Consent"] = "true",
        });
        var read = await Client.GetAsync(new Uri("/registrieren", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal((HttpStatusCode)429, third.StatusCode);
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal((HttpStatusCode)429, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(2, await SelfServicePeople.CountAsync(Host));
    }

    private static object Body(string email) =>
        new { displayName = "Erika", email, password = SelfServicePeople.Password, consent = true };
}
