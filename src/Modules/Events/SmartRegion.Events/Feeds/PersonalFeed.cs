using SmartRegion.Kernel.Security;

namespace SmartRegion.Events.Feeds;

/// <summary>
/// A person's own calendar address. Only the SHA-256 of its secret is kept: a copy of the database opens no one's
/// calendar, and a lost address cannot be shown again — it is replaced. One per person; replacing it changes the hash,
/// so the old address stops working with the same write.
/// </summary>
internal sealed class PersonalFeed
{
    private PersonalFeed()
    {
    }

    public Guid PersonId { get; private set; }

    public byte[] TokenHash { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public static (PersonalFeed Feed, string Token) Create(Guid personId, DateTimeOffset now)
    {
        var feed = new PersonalFeed { PersonId = personId };
        return (feed, feed.Renew(now));
    }

    /// <summary>A new secret in place of the old one; returns it, the only time it exists outside the person's calendar.</summary>
    public string Renew(DateTimeOffset now)
    {
        var token = SecretKey.New();
        TokenHash = SecretKey.Hash(token);
        CreatedAt = now;
        return token;
    }


    public static string Path(string token) => "/veranstaltungen/kalender/persoenlich/" + token + ".ics";
}
