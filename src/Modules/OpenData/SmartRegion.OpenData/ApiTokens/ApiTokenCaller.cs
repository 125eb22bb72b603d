using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace SmartRegion.OpenData.ApiTokens;

/// <summary>
/// The API token a CKAN call carries: the <c>Authorization</c> header with the bare token as CKAN clients send it, or
/// <c>Bearer &lt;token&gt;</c>, or the older <c>X-CKAN-API-Key</c>. Only active tokens count.
/// </summary>
internal static class ApiTokenCaller
{
    /// <summary>The secret sent, if any.</summary>
    public static string? Secret(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var value = request.Headers.Authorization.ToString().Trim();
        if (value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            value = value[7..].Trim();
        }

        if (value.Length == 0)
        {
            value = request.Headers["X-CKAN-API-Key"].ToString().Trim();
        }

        return value.StartsWith(ApiToken.SecretPrefix, StringComparison.Ordinal) ? value : null;
    }

    /// <summary>The active token the request carries; null when it carries none or one that is unknown or revoked.</summary>
    public static async Task<ApiToken?> FindAsync(HttpRequest request, OpenDataDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var secret = Secret(request);
        if (secret is null || secret.Length > 200)
        {
            return null;
        }

        var hash = ApiToken.Hash(secret);
        return await db.ApiTokens.FirstOrDefaultAsync(t => t.SecretHash == hash && t.RevokedAt == null, cancellationToken);
    }
}
