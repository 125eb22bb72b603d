using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using SmartRegion.TestKit;

namespace SmartRegion.Participation.Tests.Pages;

/// <summary>Posts a form with repeated fields (checkboxes of one name), which the kit's dictionary cannot carry.</summary>
internal static class FormPosts
{
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, HtmlPage page, string formSelector, params (string Name, string Value)[] values)
    {
        var form = page.Document.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Url}.");
        var fields = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
        fields.AddRange(values.Select(v => new KeyValuePair<string, string>(v.Name, v.Value)));
        var action = form.GetAttribute("action");
        return client.PostAsync(new Uri(string.IsNullOrEmpty(action) ? page.Url : action, UriKind.Relative), new FormUrlEncodedContent(fields));
    }
}
