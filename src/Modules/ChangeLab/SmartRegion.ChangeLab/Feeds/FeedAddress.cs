using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace SmartRegion.ChangeLab.Feeds;

/// <summary>
/// A person's secret calendar address. The address carries a random key (256 bits, URL-safe Base64); only its SHA-256
/// hash is stored, so a copy of the database gives nobody a working address. One per person: replacing it stops the old
/// one at once, because the old hash is gone.
/// </summary>
internal sealed class FeedAddress
{
    /// <summary>Length of a key: 32 random bytes in URL-safe Base64 without padding.</summary>
    public const int KeyLength = 43;

    private FeedAddress()
    {
    }

    public Guid PersonId { get; private set; }

    /// <summary>Lower-case hex of the SHA-256 of the key.</summary>
    public string KeyHash { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>A new address for the person; the key is returned once and never kept.</summary>
    public static (FeedAddress Address, string Key) Create(Guid person, DateTimeOffset now)
    {
        var key = NewKey();
        return (new FeedAddress { PersonId = person, KeyHash = HashOf(key), CreatedAt = now }, key);
    }

    /// <summary>A fresh key in place of the old one; the old key stops working when this is saved.</summary>
    public string Renew(DateTimeOffset now)
    {
        var key = NewKey();
        KeyHash = HashOf(key);
        CreatedAt = now;
        return key;
    }

    public static string HashOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Only a string that could be a key is looked up; anything else is simply not found.</summary>
    public static bool IsWellFormed(string? key) =>
        key is { Length: KeyLength } && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string NewKey() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
