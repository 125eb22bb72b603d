using System.Net;
using System.Text.RegularExpressions;

namespace SmartRegion.TestKit;

/// <summary>
/// Does what the platform's pages and scripts do for a signed-in person: a POST, PUT, PATCH or DELETE sent with the
/// session cookie carries the antiforgery token (header <c>RequestVerificationToken</c>), read from a page as a script
/// would. Requests that already carry the header, or are marked with <see cref="Without"/>, are sent as they are.
/// </summary>
public sealed partial class SessionWriteToken(CookieContainer cookies) : DelegatingHandler
{
    public const string HeaderName = "RequestVerificationToken";
    private const string SessionCookie = ".SmartRegion.Session";

    /// <summary>Marks a request that must go without the token (to prove it is refused).</summary>
    public static readonly HttpRequestOptionsKey<bool> Without = new("SmartRegion.WithoutAntiforgeryToken");

    /// <summary>Sends the request without the automatic token.</summary>
    public static HttpRequestMessage WithoutToken(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Options.Set(Without, true);
        return request;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (IsWrite(request.Method) && request.RequestUri is { } uri && !request.Headers.Contains(HeaderName)
            && !(request.Options.TryGetValue(Without, out var without) && without)
            && cookies.GetCookies(uri).Any(c => c.Name == SessionCookie))
        {
            using var page = new HttpRequestMessage(HttpMethod.Get, new Uri(uri, "/abmelden/bestaetigen"));
            using var response = await base.SendAsync(page, cancellationToken);
            var match = TokenField().Match(await response.Content.ReadAsStringAsync(cancellationToken));
            if (match.Success)
            {
                request.Headers.Add(HeaderName, WebUtility.HtmlDecode(match.Groups[1].Value));
            }
        }

        return await base.SendAsync(request, cancellationToken);
    }

    private static bool IsWrite(HttpMethod method) =>
        method == HttpMethod.Post || method == HttpMethod.Put || method == HttpMethod.Patch || method == HttpMethod.Delete;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
