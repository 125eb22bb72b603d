using System.Net;
using SmartRegion.TestKit;

namespace SmartRegion.Platform.Tests.Protection;

/// <summary>
/// The anonymous forms check their antiforgery field: a post with the field changed or left out changes nothing and is
/// refused, the page's own token goes through. (wapiti's csrf module once reported these forms as unchecked; the scan had
/// sent a valid token in a header beside the tampered field.)
/// </summary>
public sealed class FormTokenTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    public static TheoryData<string, string, string> Forms => new()
    {
        { "/barriere-melden", "Model.Description", "Der Knopf ist zu klein." },
        { "/passwort-vergessen", "Model.Email", "jemand@beispiel.de" },
        { "/registrieren/erneut-senden", "Model.Email", "jemand@beispiel.de" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task a_tampered_or_missing_token_field_is_refused_and_the_pages_own_token_goes_through(string path, string field, string value)
    {
        var page = await GetPageAsync(path);
        var token = page.Document.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var tampered = (token[0] == 'A' ? "B" : "A") + token[1..];

        var withTampered = await page.SubmitAsync(Client, "main form", new Dictionary<string, string> { [field] = value, ["__RequestVerificationToken"] = tampered });
        var withEmpty = await page.SubmitAsync(Client, "main form", new Dictionary<string, string> { [field] = value, ["__RequestVerificationToken"] = "" });
        var genuine = await page.SubmitAsync(Client, "main form", new Dictionary<string, string> { [field] = value });

        Assert.Equal(HttpStatusCode.BadRequest, withTampered.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withEmpty.StatusCode);
        Assert.NotEqual(HttpStatusCode.BadRequest, genuine.StatusCode);
        Assert.True((int)genuine.StatusCode < 500, $"{path}: {genuine.StatusCode}");
    }
}
