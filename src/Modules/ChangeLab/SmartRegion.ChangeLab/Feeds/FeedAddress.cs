using SmartRegion.Kernel.Security;

namespace SmartRegion.ChangeLab.Feeds;

/// <summary>
/// A person's secret calendar address. The address carries a random key (256 bits, URL-safe Base64); only its SHA-256
/// hash is stored, so a copy of the database gives nobody a working address. One per person: replacing it stops the old
/// one at once, because the old hash is gone.
/// </summary>
internal sealed class FeedAddress
{
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
        var key = SecretKey.New();
        return (new FeedAddress { PersonId = person, KeyHash = SecretKey.HashHex(key), CreatedAt = now }, key);
    }

    /// <summary>A fresh key in place of the old one; the old key stops working when this is saved.</summary>
    public string Renew(DateTimeOffset now)
    {
        var key = SecretKey.New();
        KeyHash = SecretKey.HashHex(key);
        CreatedAt = now;
        return key;
    }

}
