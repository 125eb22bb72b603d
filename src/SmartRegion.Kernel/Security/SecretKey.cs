using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace SmartRegion.Kernel.Security;

/// <summary>
/// A secret handed out once — in a calendar address, an invitation link, an API token — and afterwards kept only as its
/// SHA-256: a copy of the database opens nothing, and a lost secret is replaced, never shown again. The key is 256
/// random bits in URL-safe Base64 without padding (43 characters), safe in a path and far beyond guessing.
/// </summary>
public static class SecretKey
{
    /// <summary>Characters of a key made by <see cref="New"/>.</summary>
    public const int Length = 43;

    /// <summary>A fresh key; the caller shows it once and stores only <see cref="Hash"/> or <see cref="HashHex"/>.</summary>
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>The SHA-256 of the key's UTF-8 bytes.</summary>
    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>The SHA-256 of the key as lower-case hex, for tables that keep hashes as text.</summary>
    public static string HashHex(string key) => Convert.ToHexStringLower(Hash(key));

    /// <summary>True for what <see cref="New"/> can have made: anything else is not worth a database lookup.</summary>
    public static bool IsWellFormed(string? key) =>
        key is { Length: Length } && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
