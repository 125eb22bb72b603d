using System.Net;
using System.Net.Http.Json;
using OtpNet;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features;

/// <summary>Drives the security pages as a person with an authenticator app would: reads the key off the page, computes codes.</summary>
internal static class SecurityClient
{
    public static string Code(string key, int stepOffset = 0) =>
        new Totp(Base32Encoding.ToBytes(key.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()))
            .ComputeTotp(DateTime.UtcNow.AddSeconds(30 * stepOffset));

    /// <summary>A six-digit code the app shows at no time near now.</summary>
    public static string WrongCode(string key)
    {
        var near = Enumerable.Range(-3, 7).Select(o => Code(key, o)).ToHashSet();
        return Enumerable.Range(0, 100).Select(i => (123456 + i * 7919).ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !near.Contains(c));
    }

    public static async Task<string> ReadKeyAsync(HttpClient client)
    {
        var page = await HtmlPage.LoadAsync(client, "/konto/sicherheit/authenticator");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Document.QuerySelector("code.sr-shared-key")!.TextContent.Trim();
    }

    /// <summary>Sets up the app through the pages and returns the key and the recovery codes shown once.</summary>
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnableAsync(HttpClient client)
    {
        var page = await HtmlPage.LoadAsync(client, "/konto/sicherheit/authenticator");
        var key = page.Document.QuerySelector("code.sr-shared-key")!.TextContent.Trim();
        var response = await page.SubmitAsync(client, "main form", new Dictionary<string, string> { ["Model.Code"] = Code(key) });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var codes = await HtmlPage.LoadAsync(client, Local(response));
        return (key, [.. codes.Document.QuerySelectorAll(".sr-recovery-codes code").Select(c => c.TextContent.Trim())]);
    }

    /// <summary>The redirect target as a local path, whether the header carries it absolute or relative.</summary>
    public static string Local(HttpResponseMessage response) =>
        response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.PathAndQuery : response.Headers.Location.OriginalString;

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string url = "/konto/sicherheit")
    {
        var page = await HtmlPage.LoadAsync(client, url);
        return page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, object? body, string? token)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (token is not null)
        {
            request.Headers.Add("RequestVerificationToken", token);
        }
        else
        {
            SessionWriteToken.WithoutToken(request);
        }

        return await client.SendAsync(request);
    }
}
