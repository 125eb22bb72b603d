namespace SmartRegion.Hub.Accounts;

/// <summary>Return addresses after sign-in stay on this site: anything but a local path falls back to a default.</summary>
internal static class LocalPath
{
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    public static string OrDefault(string? url, string fallback) => IsLocal(url) ? url! : fallback;
}
