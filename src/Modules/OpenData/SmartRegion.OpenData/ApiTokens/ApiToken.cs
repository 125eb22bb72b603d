using System.Security.Cryptography;
using SmartRegion.Kernel.Security;

namespace SmartRegion.OpenData.ApiTokens;

/// <summary>
/// A key for the CKAN write actions, issued to one municipality (a CKAN organisation) by its staff. Only the SHA-256 of
/// the secret is stored; the secret itself is shown once, when the token is created.
/// </summary>
internal sealed class ApiToken
{
    public const int MaxName = 100;
    public const string SecretPrefix = "srod_";

    private ApiToken()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The municipality (AGS) whose datasets the token may write.</summary>
    public string MunicipalityAgs { get; private set; } = "";

    /// <summary>What the token is for, e.g. the name of the uploading system.</summary>
    public string Name { get; private set; } = "";

    /// <summary>Lower-case hex SHA-256 of the secret.</summary>
    public string SecretHash { get; private set; } = "";

    /// <summary>The first characters of the secret, so people can tell their tokens apart.</summary>
    public string Hint { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public Guid? CreatedBy { get; private set; }

    public DateTimeOffset? LastUsedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsActive => RevokedAt is null;

    /// <summary>A new token and its secret (returned once, never stored).</summary>
    public static (ApiToken Token, string Secret) Issue(string municipalityAgs, string name, Guid? createdBy, DateTimeOffset now)
    {
        var secret = SecretPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        return (new ApiToken
        {
            Id = Guid.CreateVersion7(now),
            MunicipalityAgs = municipalityAgs,
            Name = name,
            SecretHash = Hash(secret),
            Hint = secret[..(SecretPrefix.Length + 6)],
            CreatedAt = now,
            CreatedBy = createdBy,
        }, secret);
    }

    public static string Hash(string secret) => SecretKey.HashHex(secret);

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    public void Used(DateTimeOffset now) => LastUsedAt = now;
}
