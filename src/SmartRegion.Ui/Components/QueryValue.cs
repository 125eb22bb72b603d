using System.Globalization;

namespace SmartRegion.Ui.Components;

/// <summary>
/// Reads what a page was given in its address. Pages bind query values as text and read them here, because the
/// framework throws — a server error — for a value it cannot convert (<c>?seite=x</c>); here anything unreadable is
/// simply absent, and the page shows what it shows without it.
/// </summary>
public static class QueryValue
{
    /// <summary>A whole number written with digits only (at most 9, so it always fits), else null.</summary>
    public static int? Number(string? value) =>
        value is { Length: > 0 and <= 9 } && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>True for <c>true</c>, <c>1</c> or <c>on</c> (a ticked box), in any case; everything else is false.</summary>
    public static bool Flag(string? value) =>
        value is not null && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "1" || value.Equals("on", StringComparison.OrdinalIgnoreCase));

    /// <summary>True or false when written as a flag (<c>true</c>/<c>false</c>, <c>1</c>/<c>0</c>, <c>on</c>); else null.</summary>
    public static bool? OptionalFlag(string? value) =>
        Flag(value) ? true : value is not null && (value.Equals("false", StringComparison.OrdinalIgnoreCase) || value == "0") ? false : null;

    /// <summary>An id, else null.</summary>
    public static Guid? Id(string? value) => Guid.TryParse(value, CultureInfo.InvariantCulture, out var id) ? id : null;
}
