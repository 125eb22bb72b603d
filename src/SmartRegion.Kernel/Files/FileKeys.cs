using System.Text.RegularExpressions;

namespace SmartRegion.Kernel.Files;

/// <summary>
/// What a key may be: segments of letters, digits, '.', '_' and '-' joined by '/', no segment of dots only, at most 512
/// characters. So a key is the same path on every file system and the same object name in every S3 service, and never
/// leaves the store's folder.
/// </summary>
public static partial class FileKeys
{
    /// <summary>The longest key.</summary>
    public const int MaxLength = 512;

    /// <summary>Whether <paramref name="key"/> is a key.</summary>
    public static bool IsValid(string? key) =>
        key is { Length: > 0 and <= MaxLength } && Shape().IsMatch(key) && !key.Split('/').Any(s => s.Trim('.').Length == 0);

    /// <summary>Throws for a key that is not <see cref="IsValid"/>: keys are made by the platform, never typed by a person.</summary>
    public static string Check(string key) =>
        IsValid(key) ? key : throw new ArgumentException($"'{key}' is not a file store key.", nameof(key));

    /// <summary>Throws for a prefix that could not begin a valid key (empty is allowed: everything).</summary>
    public static string CheckPrefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        return prefix.Length == 0 || IsValid(prefix.TrimEnd('/')) ? prefix : throw new ArgumentException($"'{prefix}' is not a file store prefix.", nameof(prefix));
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$")]
    private static partial Regex Shape();
}
