namespace SmartRegion.Hub.SingleSignOn;

/// <summary>
/// Return addresses a client may register: absolute https, or http only for this machine (<c>localhost</c>,
/// <c>127.0.0.1</c>, <c>[::1]</c>, for development and native apps); never a fragment, never credentials.
/// </summary>
internal static class ClientAddresses
{
    public const int MaxCount = 10;
    public const int MaxLength = 500;

    public static IReadOnlyList<string> Split(string? lines) =>
        [.. (lines ?? "").Split(['\n', '\r', ' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    public static bool IsValid(string address) =>
        address.Length <= MaxLength
        && Uri.TryCreate(address, UriKind.Absolute, out var uri)
        && string.IsNullOrEmpty(uri.Fragment) && !address.Contains('#', StringComparison.Ordinal)
        && string.IsNullOrEmpty(uri.UserInfo)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && LoopbackOnlyHttp.IsLoopback(uri.Host)));
}
