using System.Security.Cryptography;
using System.Text;
using SmartRegion.Hub.Audit;

namespace SmartRegion.Hub.Tests.Domain;

public sealed class AuditChainTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 29, 1, 30, 0, TimeSpan.Zero);
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    private static AuditFacts Facts(string actorId = "p-1", string actorName = "Erika Muster", string? details = "ids: 1") =>
        new(Now, actorId, actorName, "barrier-reports.read", "barrier-report", "page=1", "09679147", "192.0.2.1", details);

    [Fact]
    public void the_first_entry_chains_to_the_genesis_value_and_carries_a_keyed_sha256_hex_hash()
    {
        var entry = AuditEntry.Append(0, AuditChain.Genesis, Facts(), Key);

        Assert.Equal(1, entry.Sequence);
        Assert.Equal(new string('0', 64), entry.PreviousHash);
        Assert.Matches("^[0-9a-f]{64}$", entry.Hash);
        Assert.Equal(entry.Hash, AuditChain.ComputeHash(entry, Key));
        Assert.Equal(AuditChain.Keyed, entry.Version);
    }

    [Fact]
    public void without_the_key_nobody_computes_the_hash_of_a_changed_entry()
    {
        var entry = AuditEntry.Append(0, AuditChain.Genesis, Facts(), Key);

        var unkeyed = Convert.ToHexStringLower(SHA256.HashData(AuditChain.Canonical(entry)));
        var otherKey = AuditChain.ComputeHash(entry, RandomNumberGenerator.GetBytes(32));

        Assert.NotEqual(entry.Hash, unkeyed);
        Assert.NotEqual(entry.Hash, otherKey);
        Assert.Equal(Convert.ToHexStringLower(HMACSHA256.HashData(Key, AuditChain.Canonical(entry))), entry.Hash);
        Assert.Throws<InvalidOperationException>(() => AuditChain.ComputeHash(entry, []));
    }

    [Fact]
    public void the_next_entry_carries_the_hash_of_the_one_before()
    {
        var first = AuditEntry.Append(0, AuditChain.Genesis, Facts(), Key);
        var second = AuditEntry.Append(first.Sequence, first.Hash, Facts(), Key);

        Assert.Equal(2, second.Sequence);
        Assert.Equal(first.Hash, second.PreviousHash);
        Assert.NotEqual(first.Hash, second.Hash);
    }

    [Fact]
    public void fields_that_would_run_together_give_different_hashes()
    {
        var a = AuditEntry.Append(0, AuditChain.Genesis, Facts(actorId: "ab", actorName: "c"), Key);
        var b = AuditEntry.Append(0, AuditChain.Genesis, Facts(actorId: "a", actorName: "bc"), Key);

        Assert.NotEqual(a.Hash, b.Hash);
    }

    [Fact]
    public void an_absent_field_and_an_empty_one_give_different_hashes()
    {
        var absent = AuditEntry.Append(0, AuditChain.Genesis, Facts(details: null), Key);
        var empty = AuditEntry.Append(0, AuditChain.Genesis, Facts(details: ""), Key);

        Assert.NotEqual(absent.Hash, empty.Hash);
    }

    [Fact]
    public void the_canonical_form_prefixes_every_field_with_its_utf8_length()
    {
        var entry = AuditEntry.Append(0, AuditChain.Genesis, Facts(actorName: "Jürgen"), Key);

        var canonical = Encoding.UTF8.GetString(AuditChain.Canonical(entry));

        Assert.StartsWith("smartregion-audit-v2\n1:1\n", canonical, StringComparison.Ordinal);
        Assert.Contains("\n7:Jürgen\n", canonical, StringComparison.Ordinal);
    }

    [Fact]
    public void the_time_is_cut_to_microseconds_so_every_database_keeps_it_exactly()
    {
        var facts = Facts() with { At = Now.AddTicks(1234567) };

        var entry = AuditEntry.Append(0, AuditChain.Genesis, facts, Key);

        Assert.Equal(0, entry.At.UtcTicks % 10);
        Assert.Equal(TimeSpan.Zero, entry.At.Offset);
    }
}
