namespace SmartRegion.Hub.SingleSignOn;

/// <summary><c>Modules:Hub:Oidc</c>: the region's OpenID Connect provider.</summary>
internal sealed class SingleSignOnOptions
{
    public const string Section = "Modules:Hub:Oidc";

    /// <summary>
    /// Refuse protocol requests over plain http. Unset: on for PostgreSQL (production), off for SQLite (embedded);
    /// when off, http is still accepted only for <c>localhost</c>, <c>127.0.0.1</c> and <c>[::1]</c>.
    /// </summary>
    public bool? RequireHttps { get; set; }

    /// <summary>The issuer (<c>https://region.example/</c>); empty: taken from the request.</summary>
    public string? Issuer { get; set; }

    public int AccessTokenMinutes { get; set; } = 15;

    public int RefreshTokenDays { get; set; } = 14;
}
