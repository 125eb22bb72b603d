using System.Net;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features.SingleSignOn;

/// <summary>RP-initiated logout: only a request that proves it comes from a client signs out silently.</summary>
public sealed class EndSessionTests(OidcHost host) : IntegrationTest<OidcHost>(host), IClassFixture<OidcHost>
{
    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task a_logout_request_without_id_token_hint_asks_the_person_instead_of_signing_them_out(string method)
    {
        await People.CreateAsync(Host, "erika@beispiel.de");
        await People.SignInAsync(Client, "erika@beispiel.de");

        var response = await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/connect/logout") { Content = method == "POST" ? new FormUrlEncodedContent([]) : null });
        var question = await GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/abmelden/bestaetigen", response.Headers.Location.OriginalString);
        Assert.Equal("Abmelden?", question.H1);
        Assert.NotNull(question.Document.QuerySelector("main form[action='/abmelden'] input[name=__RequestVerificationToken]"));
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(new Uri("/konto", UriKind.Relative))).StatusCode);
    }
}
