using System.Security.Cryptography;
using System.Text;
using SmartRegion.Kernel.Security;

namespace SmartRegion.Platform.Tests.Kernel;

public sealed class SecretKeyTests
{
    [Fact]
    public void a_new_key_is_43_url_safe_characters_of_256_random_bits_and_never_repeats()
    {
        var keys = Enumerable.Range(0, 200).Select(_ => SecretKey.New()).ToList();

        Assert.All(keys, k => Assert.True(SecretKey.IsWellFormed(k), k));
        Assert.All(keys, k => Assert.Equal(32, Convert.FromBase64String(k.Replace('-', '+').Replace('_', '/') + "=").Length));
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAä")]
    public void anything_new_cannot_have_made_is_not_well_formed(string? key) => Assert.False(SecretKey.IsWellFormed(key));

    [Fact]
    public void the_stored_hash_is_the_sha256_of_the_key_as_bytes_and_as_lower_case_hex()
    {
        var key = SecretKey.New();
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(key));

        Assert.Equal(expected, SecretKey.Hash(key));
        Assert.Equal(Convert.ToHexString(expected).ToLowerInvariant(), SecretKey.HashHex(key));
        Assert.NotEqual(SecretKey.HashHex(key), SecretKey.HashHex(SecretKey.New()));
    }
}
