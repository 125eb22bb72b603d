using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace SmartRegion.OpenData.Tabular;

/// <summary>Texts for load errors and the reading of a JSON request body shared by the datastore actions.</summary>
internal static class TabularMessages
{
    public static string Load(TabularLoadException error, IStringLocalizer<TabularText> text)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(text);
        var arguments = error.Arguments.Select(a => a is IFormattable f ? f.ToString(null, CultureInfo.CurrentCulture) : a.ToString()).ToArray();
        return text["Load." + error.Code, arguments!];
    }

    /// <summary>The request's JSON body, or null when it is not JSON (an empty body counts as an empty object).</summary>
    public static async Task<JsonElement?> ReadBodyAsync(HttpRequest request, IStringLocalizer<TabularText> text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, default, ct);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return request.ContentLength == 0 ? JsonSerializer.SerializeToElement(new Dictionary<string, string>()) : null;
        }
    }
}
