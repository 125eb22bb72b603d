using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using SmartRegion.Hub.Audit;
using SmartRegion.TestKit;
using static SmartRegion.Hub.Tests.Features.AuditStore;

namespace SmartRegion.Hub.Tests.Features;

/// <summary>
/// Someone with the database but without the audit key tries to hide what happened: the keyed chain and the signed
/// checkpoints under the data path give them away.
/// </summary>
public sealed class AuditTamperingTests(SmartRegionHost host) : IntegrationTest<SmartRegionHost>(host), IClassFixture<SmartRegionHost>
{
    private string CheckpointFile => Host.Services.GetRequiredService<AuditCheckpoints>().FilePath;

    [Fact]
    public async Task an_intact_log_verifies_and_every_append_writes_a_signed_checkpoint()
    {
        await AppendAsync(Host, 5);

        var status = await VerifyAsync(Host);
        var lines = await File.ReadAllLinesAsync(CheckpointFile);
        var entries = await EntriesAsync(Host);

        Assert.Equal("audit log intact: 5 entries", status.Summary);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith($"5 {entries[^1].Hash} ", lines.Single(l => l.StartsWith("5 ", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.All(entries, e => Assert.Equal(AuditChain.Keyed, e.Version));
    }

    [Fact]
    public async Task deleting_the_newest_entries_is_detected()
    {
        await AppendAsync(Host, 5);

        await SqlAsync(Host, "DELETE FROM hub_audit_entries WHERE \"Sequence\" > 3");
        var status = await VerifyAsync(Host);

        Assert.False(status.IsIntact);
        Assert.StartsWith("audit log broken at entry 4: entry is missing: the signed checkpoint of ", status.Summary, StringComparison.Ordinal);
        Assert.EndsWith("records 5 entries, the log holds 3", status.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task deleting_all_entries_is_detected()
    {
        await AppendAsync(Host, 3);

        await SqlAsync(Host, "DELETE FROM hub_audit_entries");
        var status = await VerifyAsync(Host);

        Assert.False(status.IsIntact);
        Assert.Equal(1, status.BrokenAt);
        Assert.Contains("records 3 entries, the log holds 0", status.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task editing_a_row_and_recomputing_the_chain_without_the_key_is_detected_at_that_row()
    {
        await AppendAsync(Host, 5);
        var guessed = RandomNumberGenerator.GetBytes(32);

        await SqlAsync(Host, "UPDATE hub_audit_entries SET \"RecordId\" = 'p-9' WHERE \"Sequence\" = 2");
        await RechainAsync(Host, 2, e => AuditChain.ComputeHash(e, guessed));
        var status = await VerifyAsync(Host);

        Assert.Equal("audit log broken at entry 2: hash does not match the entry's content", status.Summary);
    }

    [Fact]
    public async Task rewriting_the_whole_chain_with_the_old_unkeyed_hash_is_detected_by_the_checkpoint()
    {
        await AppendAsync(Host, 5);

        await SqlAsync(Host, "UPDATE hub_audit_entries SET \"Version\" = 1");
        await SqlAsync(Host, "UPDATE hub_audit_entries SET \"RecordId\" = 'p-9' WHERE \"Sequence\" = 2");
        await RechainAsync(Host, 1, e => AuditChain.ComputeHash(e, []));
        var status = await VerifyAsync(Host);

        Assert.False(status.IsIntact);
        Assert.Equal(5, status.BrokenAt);
        Assert.StartsWith("hash does not match the signed checkpoint of ", status.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task unkeyed_entries_after_keyed_ones_are_detected_even_without_checkpoints()
    {
        await AppendAsync(Host, 4);
        File.Delete(CheckpointFile);

        await SqlAsync(Host, "UPDATE hub_audit_entries SET \"Version\" = 1 WHERE \"Sequence\" >= 3");
        await RechainAsync(Host, 3, e => AuditChain.ComputeHash(e, []));
        var status = await VerifyAsync(Host);

        Assert.Equal("audit log broken at entry 3: unkeyed entry after keyed entries", status.Summary);
    }

    [Fact]
    public async Task a_checkpoint_line_written_without_the_key_is_detected()
    {
        await AppendAsync(Host, 2);
        var head = (await EntriesAsync(Host))[^1].Hash;

        await File.AppendAllTextAsync(CheckpointFile, $"9 {head} 2026-12-06T10:00:00.0000000Z {new string('a', 64)}\n");
        var status = await VerifyAsync(Host);

        Assert.False(status.IsIntact);
        Assert.Equal("line 3 of the checkpoint file has no valid signature", status.Reason);
    }

    [Fact]
    public async Task entries_written_before_the_keyed_chain_still_verify_and_the_chain_goes_on_keyed()
    {
        // An installation from before the keyed chain: plain SHA-256 entries and no checkpoints yet.
        await AppendAsync(Host, 2);
        await SqlAsync(Host, "UPDATE hub_audit_entries SET \"Version\" = 1");
        await RechainAsync(Host, 1, e => AuditChain.ComputeHash(e, []));
        File.Delete(CheckpointFile);

        await AppendAsync(Host, 2);
        var status = await VerifyAsync(Host);

        Assert.Equal("audit log intact: 4 entries", status.Summary);
        Assert.Equal([1, 1, 2, 2], (await EntriesAsync(Host)).Select(e => e.Version));
    }
}
