using System.Security.Cryptography;
using System.Text;

namespace SmartRegion.Participation.Voting;

/// <summary>
/// The voter's receipt: 15 random characters (75 bits) from an alphabet without look-alikes, in groups of five.
/// Only its SHA-256 is stored with the ballot.
/// </summary>
internal static class ReceiptCode
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New()
    {
        var chars = RandomNumberGenerator.GetItems<char>(Alphabet, 15);
        return $"{new string(chars, 0, 5)}-{new string(chars, 5, 5)}-{new string(chars, 10, 5)}";
    }

    /// <summary>The stored form: spaces, hyphens and case do not matter when a person types the code back.</summary>
    public static string Hash(string code)
    {
        var normal = new string([.. code.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant)]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normal)));
    }
}
