using System.Globalization;
using System.Text;

namespace SmartRegion.Help.Offers;

/// <summary>Links that let people act on an offer: call it, find it on a map.</summary>
internal static class OfferLinks
{
    /// <summary>The offer page's path.</summary>
    public static string Page(string id) => "/hilfe/angebote/" + Uri.EscapeDataString(id);

    /// <summary>A <c>tel:</c> link: the number's digits, with a leading plus kept (0931 59364-65 → tel:09315936465).</summary>
    public static string Tel(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var digits = new StringBuilder("tel:");
        var trimmed = number.Trim();
        if (trimmed.StartsWith('+'))
        {
            digits.Append('+');
        }

        foreach (var c in trimmed.Where(char.IsAsciiDigit))
        {
            digits.Append(c);
        }

        return digits.ToString();
    }

    /// <summary>A link to the place on openstreetmap.org (a link only: the page embeds no map tiles from another origin).</summary>
    public static string? OpenStreetMap(double? latitude, double? longitude) =>
        latitude is { } lat && longitude is { } lon
            ? string.Create(CultureInfo.InvariantCulture, $"https://www.openstreetmap.org/?mlat={lat:0.#####}&mlon={lon:0.#####}#map=18/{lat:0.#####}/{lon:0.#####}")
            : null;
}
