using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace SmartRegion.Events.Feeds;

/// <summary>
/// A person's own calendar address. Only the SHA-256 of its secret is kept: a copy of the database opens no one's
/// calendar, and a lost address cannot be shown again — it is replaced. One per person; replacing it changes the hash,
/// so the old address stops working with the same write.
/// </summary>
internal sealed class PersonalFeed
{
    /// <summary>256 random bits, base64url (43 characters): far beyond guessing, safe in a path.</summary>
    public const int TokenBytes = 32;

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
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(TokenBytes));
        TokenHash = HashOf(token);
        CreatedAt = now;
        return token;
    }

    public static byte[] HashOf(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>True for what <see cref="Renew"/> can have made; anything else is not looked up at all.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static string Path(string token) => "/veranstaltungen/kalender/persoenlich/" + token + ".ics";
}
