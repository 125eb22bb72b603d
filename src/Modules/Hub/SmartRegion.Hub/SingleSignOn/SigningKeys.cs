using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace SmartRegion.Hub.SingleSignOn;

/// <summary>
/// The provider's keys: created once under the data path (RSA signing key <c>keys/oidc-signing.pem</c>, symmetric
/// encryption key <c>keys/oidc-encryption.key</c>, readable by the platform's user only) and loaded on every start, so
/// tokens stay valid across restarts and no development certificate is ever used.
/// </summary>
internal static class SigningKeys
{
    private const int KeySize = 3072;

    public static RsaSecurityKey LoadOrCreate(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
        {
            Create(path);
        }

        var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(path));
        var key = new RsaSecurityKey(rsa);
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return key;
    }

    /// <summary>A 256-bit symmetric key (OpenIddict encrypts codes and refresh tokens only for itself).</summary>
    public static SymmetricSecurityKey LoadOrCreateSymmetric(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
        {
            Write(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        }

        return new SymmetricSecurityKey(Convert.FromBase64String(File.ReadAllText(path).Trim()));
    }

    private static void Create(string path)
    {
        using var rsa = RSA.Create(KeySize);
        Write(path, rsa.ExportPkcs8PrivateKeyPem());
    }

    private static void Write(string path, string content)
    {
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(temp, System.Text.Encoding.ASCII, options))
        {
            writer.Write(content);
        }

        try
        {
            // Two nodes starting at once on a shared data path: the first key written wins, the other is discarded.
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp);
        }
    }
}
