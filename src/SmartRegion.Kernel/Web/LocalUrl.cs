using System.Text;

namespace SmartRegion.Kernel.Web;

/// <summary>Return addresses (after sign-in, after switching language) stay on this site.</summary>
public static class LocalUrl
{
    /// <summary>True for a path on this site: starts with one slash, not <c>//</c> or <c>/\</c>, no control characters.</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    /// <summary>
    /// The url when it is local, otherwise the fallback; letters outside ASCII (<c>/gemeinden/würzburg</c>) come back
    /// percent-encoded, because a <c>Location</c> header may carry ASCII only.
    /// </summary>
    public static string OrDefault(string? url, string fallback) => IsLocal(url) ? Ascii(url!) : fallback;

    private static string Ascii(string url)
    {
        if (url.All(char.IsAscii))
        {
            return url;
        }

        var builder = new StringBuilder(url.Length + 16);
        var start = 0;
        while (start < url.Length)
        {
            var end = start;
            var ascii = char.IsAscii(url[start]);
            while (end < url.Length && char.IsAscii(url[end]) == ascii)
            {
                end++;
            }

            // EscapeDataString writes the UTF-8 bytes of a run of non-ASCII letters (surrogate pairs included) as %XX.
            builder.Append(ascii ? url.AsSpan(start, end - start) : Uri.EscapeDataString(url[start..end]));
            start = end;
        }

        return builder.ToString();
    }
}
