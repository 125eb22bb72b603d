namespace SmartRegion.Kernel.Web;

/// <summary>Return addresses (after sign-in, after switching language) stay on this site.</summary>
public static class LocalUrl
{
    /// <summary>True for a path on this site: starts with one slash, not <c>//</c> or <c>/\</c>, no control characters.</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    /// <summary>The url when it is local, otherwise the fallback.</summary>
    public static string OrDefault(string? url, string fallback) => IsLocal(url) ? url! : fallback;
}
