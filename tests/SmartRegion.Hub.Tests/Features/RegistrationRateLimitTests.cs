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
        // A caller that accepts only HTML (a scanner, an old client) gets the refusal as the error page or as text.
        using var api = new HttpRequestMessage(HttpMethod.Post, "/api/hub/registrations") { Content = JsonContent.Create(Body("x@beispiel.de")) };
        api.Headers.Accept.ParseAdd("text/html");
        var apiAnswer = await Client.SendAsync(api);
        using var html = new HttpRequestMessage(HttpMethod.Post, "/registrieren")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = form.Document.QuerySelector("main form input[name=_handler]")!.GetAttribute("value")!,
                ["__RequestVerificationToken"] = form.Document.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
                ["Model.Email"] = "y@beispiel.de",
            }),
        };
        html.Headers.Accept.ParseAdd("text/html");
        var htmlAnswer = await Client.SendAsync(html);
        var read = await Client.GetAsync(new Uri("/registrieren", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal((HttpStatusCode)429, third.StatusCode);
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal((HttpStatusCode)429, page.StatusCode);
        Assert.Equal((HttpStatusCode)429, apiAnswer.StatusCode);
        Assert.Equal("text/plain", apiAnswer.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Too many requests", await apiAnswer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode)429, htmlAnswer.StatusCode);
        Assert.Equal("text/html", htmlAnswer.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(2, await SelfServicePeople.CountAsync(Host));
    }

    private static object Body(string email) =>
        new { displayName = "Erika", email, password = SelfServicePeople.Password, consent = true };
}
