using SmartRegion.Hub.SingleSignOn;

namespace SmartRegion.Hub.Audit;

/// <summary>
/// The secret that keys the audit chain and signs its checkpoints. It is kept apart from the database, so whoever can
/// change the database alone cannot recompute a valid chain: either configured (<c>Modules:Hub:Audit:Key</c>, base64 of
/// at least 32 bytes, e.g. from a secret store) or the file <c>{Storage:DataPath}/keys/audit-chain.key</c>, created on
/// the first append like the sign-in keys and readable by the platform's user only.
/// </summary>
internal sealed class AuditKey
{
    public const int MinimumLength = 32;
    public const string Setting = "Modules:Hub:Audit:Key";
    public const string FileName = "audit-chain.key";

    private readonly string _folder;
    private readonly Lock _gate = new();
    private byte[]? _key;

    public AuditKey(string? configured, string folder)
    {
        _folder = folder;
        if (string.IsNullOrWhiteSpace(configured))
        {
            return;
        }

        var bytes = new byte[configured.Length];
        if (!Convert.TryFromBase64String(configured.Trim(), bytes, out var length) || length < MinimumLength)
        {
            throw new InvalidOperationException($"{Setting} must be base64 of at least {MinimumLength} random bytes (e.g. 'openssl rand -base64 32').");
        }

        _key = bytes[..length];
    }

    public string FilePath => Path.Combine(_folder, FileName);

    /// <summary>The key for appending: created on first use when neither configured nor on disk yet.</summary>
    public byte[] GetOrCreate()
    {
        lock (_gate)
        {
            return _key ??= SigningKeys.LoadOrCreateSymmetric(_folder, FileName).Key;
        }
    }

    /// <summary>The key for checking, or null while none exists (no keyed entry can exist then either).</summary>
    public byte[]? Find()
    {
        lock (_gate)
        {
            if (_key is null && File.Exists(FilePath))
            {
                _key = Convert.FromBase64String(File.ReadAllText(FilePath).Trim());
            }

            return _key;
        }
    }
}
