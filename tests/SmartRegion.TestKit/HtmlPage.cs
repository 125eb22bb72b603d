using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace SmartRegion.TestKit;

/// <summary>A fetched page: the response and its parsed HTML, for asserting on labels, roles and the error summary.</summary>
public sealed class HtmlPage
{
    private HtmlPage(HttpResponseMessage response, IDocument document, string url)
    {
        Response = response;
        Document = document;
        Url = url;
    }

    public HttpResponseMessage Response { get; }

    public IDocument Document { get; }

    public string Url { get; }

    public HttpStatusCode Status => Response.StatusCode;

    public string Title => Document.Title ?? "";

    public string? H1 => Document.QuerySelector("h1")?.TextContent.Trim();

    public static async Task<HtmlPage> LoadAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return await FromAsync(response, url);
    }

    public static async Task<HtmlPage> FromAsync(HttpResponseMessage response, string url)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        var document = await context.OpenAsync(r => r.Content(html).Address("http://localhost" + url));
        return new HtmlPage(response, document, url);
    }

    /// <summary>Posts the form as a browser would: every field it renders (hidden token and handler included), with the given values.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string formSelector, IReadOnlyDictionary<string, string> values)
    {
        var form = Document.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {Url}.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || values.ContainsKey(name))
            {
                continue;
            }

            var value = element switch
            {
                IHtmlTextAreaElement area => area.Value,
                IHtmlInputElement { Type: "checkbox" or "radio" } choice => choice.IsChecked ? choice.Value : null,
                IHtmlInputElement input => input.Value,
                IHtmlSelectElement select => select.Value,
                _ => null,
            };
            if (value is not null)
            {
                fields.Add(new(name, value));
            }
        }

        fields.AddRange(values);
        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? Url : action;
        return await client.PostAsync(new Uri(target, UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    /// <summary>Posts a file-upload form as a browser would (multipart): its hidden token and handler fields and the one file.</summary>
    public async Task<HttpResponseMessage> SubmitFileAsync(HttpClient client, string formSelector, string fileField, string fileName, byte[] content, string contentType)
    {
        var form = Document.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {Url}.");
        using var body = new MultipartFormDataContent();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden" && !string.IsNullOrEmpty(i.Name)))
        {
            body.Add(new StringContent(input.Value), input.Name!);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        body.Add(file, fileField, fileName);
        var action = form.GetAttribute("action");
        return await client.PostAsync(new Uri(string.IsNullOrEmpty(action) ? Url : action, UriKind.Relative), body);
    }

    /// <summary>The links of the error summary: their texts and the ids they point to.</summary>
    public IReadOnlyList<(string Text, string Target)> ErrorSummaryLinks() =>
        [.. Document.QuerySelectorAll(".sr-error-summary a")
            .Select(a => (a.TextContent.Trim(), (a.GetAttribute("href") ?? "").TrimStart('#')))];
}
