using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace SmartRegion.Bench.SecurityScan;

/// <summary>
/// One person's browser: a cookie jar, the platform's own origin on every request and the antiforgery token of the
/// session in the <c>RequestVerificationToken</c> header, as the platform's pages send them.
/// </summary>
internal sealed class Session
{
    public const string TokenHeader = "RequestVerificationToken";
    public const string TokenField = "__RequestVerificationToken";

    private readonly Uri _origin;

    public Session(string origin)
    {
        _origin = new Uri(origin);
        Cookies = new CookieContainer();
        Client = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = _origin,
        };
        Client.DefaultRequestHeaders.Add("Origin", _origin.GetLeftPart(UriPartial.Authority));
    }

    public CookieContainer Cookies { get; }

    public HttpClient Client { get; }

    public string Token { get; private set; } = "";

    public async Task SignInAsync(string email, string password)
    {
        var (_, page) = await LoadAsync("/anmelden");
        var form = page.QuerySelector<IHtmlFormElement>("main form") ?? throw new InvalidOperationException("No sign-in form.");
        var fields = FormFields(form).Where(f => f.Key is not ("Model.Email" or "Model.Password")).ToList();
        fields.Add(new("Model.Email", email));
        fields.Add(new("Model.Password", password));
        var response = await Client.PostAsync("/anmelden", new FormUrlEncodedContent(fields));
        PersonaSetup.Expect(response, HttpStatusCode.Redirect, "signing in " + email);
        await RefreshTokenAsync();
    }

    /// <summary>The session's antiforgery token, from a page that renders a form (the sign-out button, or the sign-in form).</summary>
    public async Task RefreshTokenAsync()
    {
        foreach (var path in new[] { "/", "/anmelden" })
        {
            var (_, page) = await LoadAsync(path);
            if (page.QuerySelector<IHtmlInputElement>($"input[name='{TokenField}']") is { } input)
            {
                Token = input.Value;
                Client.DefaultRequestHeaders.Remove(TokenHeader);
                Client.DefaultRequestHeaders.Add(TokenHeader, Token);
                return;
            }
        }

        throw new InvalidOperationException("No page with an antiforgery token.");
    }

    public async Task<(HttpResponseMessage Response, IDocument Document)> LoadAsync(string url)
    {
        var response = await Client.GetAsync(url);
        var html = response.Content.Headers.ContentType?.MediaType == "text/html" ? await response.Content.ReadAsStringAsync() : "";
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html).Address(new Uri(_origin, url).ToString()));
        return (response, document);
    }

    /// <summary>The fields a browser would submit with the form's current values.</summary>
    public static List<KeyValuePair<string, string>> FormFields(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            var value = element switch
            {
                IHtmlTextAreaElement area => area.Value,
                IHtmlInputElement { Type: "checkbox" or "radio" } choice => choice.IsChecked ? choice.Value : null,
                IHtmlInputElement { Type: "file" } => null,
                IHtmlInputElement input => input.Value,
                IHtmlSelectElement select => select.Value ?? (select.Options.Length > 0 ? select.Options[0].Value : null),
                IHtmlButtonElement button => button.Value is { Length: > 0 } ? button.Value : null,
                _ => null,
            };
            if (value is not null)
            {
                fields.Add(new(name, value));
            }
        }

        return fields;
    }

    /// <summary>
    /// A client that sends this session's cookies as a fixed header and ignores <c>Set-Cookie</c>, so that a page that
    /// signs out or replaces a cookie does not end the session the crawl and the tools use.
    /// </summary>
    public HttpClient FixedClient()
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = _origin };
        client.DefaultRequestHeaders.Add("Origin", _origin.GetLeftPart(UriPartial.Authority));
        if (CookieHeader.Length > 0)
        {
            client.DefaultRequestHeaders.Add("Cookie", CookieHeader);
        }

        if (Token.Length > 0)
        {
            client.DefaultRequestHeaders.Add(TokenHeader, Token);
        }

        return client;
    }

    /// <summary>The Cookie header this session sends to the platform.</summary>
    public string CookieHeader => Cookies.GetCookieHeader(_origin);

    /// <summary>The cookies in the JSON format of wapiti's <c>-c</c> option.</summary>
    public Dictionary<string, Dictionary<string, Dictionary<string, object?>>> WapitiCookies()
    {
        var byName = new Dictionary<string, object?>();
        foreach (Cookie cookie in Cookies.GetCookies(_origin))
        {
            byName[cookie.Name] = new Dictionary<string, object?> { ["value"] = cookie.Value, ["expires"] = null, ["secure"] = false, ["port"] = null, ["version"] = 0 };
        }

        return new() { [_origin.Host] = new() { ["/"] = byName } };
    }
}
