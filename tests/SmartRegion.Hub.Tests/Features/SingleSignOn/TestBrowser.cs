using System.Net;
using Duende.IdentityModel.OidcClient.Browser;
using SmartRegion.TestKit;

namespace SmartRegion.Hub.Tests.Features.SingleSignOn;

/// <summary>
/// A browser for OidcClient made of the test host's client: follows redirects one by one, fills in the real
/// sign-in form and answers the real consent form, and stops at the client's own address.
/// </summary>
internal sealed class TestBrowser(HttpClient client, string email, string decision = "allow") : IBrowser
{
    public int SignInForms { get; private set; }

    public int ConsentForms { get; private set; }

    public List<string> Visited { get; } = [];

    public async Task<BrowserResult> InvokeAsync(BrowserOptions options, CancellationToken cancellationToken = default)
    {
        var url = options.StartUrl;
        for (var step = 0; step < 20; step++)
        {
            if (url.StartsWith(options.EndUrl, StringComparison.Ordinal))
            {
                return new BrowserResult { ResultType = BrowserResultType.Success, Response = url };
            }

            if (!url.StartsWith("http://localhost/", StringComparison.Ordinal))
            {
                return new BrowserResult { ResultType = BrowserResultType.UnknownError, Error = "left the platform for " + url };
            }

            var path = url["http://localhost".Length..];
            Visited.Add(path);
            var response = await client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
            if (response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "text/html")
            {
                response = await AnswerAsync(await HtmlPage.FromAsync(response, path));
            }

            if (response.StatusCode != HttpStatusCode.Redirect && response.StatusCode != HttpStatusCode.Found)
            {
                return new BrowserResult { ResultType = BrowserResultType.HttpError, Error = $"{(int)response.StatusCode} at {path}" };
            }

            var location = response.Headers.Location!;
            url = location.IsAbsoluteUri ? location.OriginalString : "http://localhost" + location.OriginalString;
        }

        return new BrowserResult { ResultType = BrowserResultType.UnknownError, Error = "too many redirects" };
    }

    private Task<HttpResponseMessage> AnswerAsync(HtmlPage page)
    {
        if (page.Document.QuerySelector("input[name='Model.Password']") is not null)
        {
            SignInForms++;
            return page.SubmitAsync(client, "main form", new Dictionary<string, string> { ["Model.Email"] = email, ["Model.Password"] = People.Password });
        }

        if (page.Document.QuerySelector("button[name='Model.Decision']") is not null)
        {
            ConsentForms++;
            return page.SubmitAsync(client, "main form", new Dictionary<string, string> { ["Model.Decision"] = decision });
        }

        throw new InvalidOperationException("Unexpected page " + page.Url + ": " + page.H1);
    }
}
