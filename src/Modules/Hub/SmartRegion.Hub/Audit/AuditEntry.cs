using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartRegion.Hub.Audit;

/// <summary>
/// One entry of the audit log. Entries are only ever added: each carries the hash of the one before, so a changed
/// or missing entry breaks the chain (<see cref="AuditChain"/>).
/// </summary>
internal sealed class AuditEntry
{
    public const int MaxActorId = 200;
    public const int MaxActorName = 200;
    public const int MaxAction = 100;
    public const int MaxRecordType = 100;
    public const int MaxRecordId = 200;
    public const int MaxIpAddress = 45;
    public const int MaxDetails = 4000;
    public const int HashLength = 64;

    private AuditEntry()
    {
    }

    /// <summary>1, 2, 3, … without gaps; the position in the chain.</summary>
    public long Sequence { get; private set; }

    /// <summary>How <see cref="Hash"/> was made: <see cref="AuditChain.Unkeyed"/> (plain SHA-256, entries written before
    /// the keyed chain) or <see cref="AuditChain.Keyed"/> (HMAC-SHA256 with the audit key).</summary>
    public int Version { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string ActorId { get; private set; } = "";

    public string ActorName { get; private set; } = "";

    public string Action { get; private set; } = "";

    public string RecordType { get; private set; } = "";

    public string RecordId { get; private set; } = "";

    public string? MunicipalityAgs { get; private set; }

    public string? IpAddress { get; private set; }

    public string? Details { get; private set; }

    public string PreviousHash { get; private set; } = "";

    public string Hash { get; private set; } = "";

    /// <summary>The next entry after <paramref name="previousSequence"/> (0 for the first) and its keyed hash.</summary>
    public static AuditEntry Append(long previousSequence, string previousHash, AuditFacts facts, ReadOnlySpan<byte> key)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var entry = new AuditEntry
        {
            Sequence = previousSequence + 1,
            Version = AuditChain.Keyed,
            // PostgreSQL keeps microseconds; cut the rest so the hash survives the round trip on every provider.
            At = new DateTimeOffset(facts.At.UtcTicks - (facts.At.UtcTicks % 10), TimeSpan.Zero),
            ActorId = Cut(facts.ActorId, MaxActorId)!,
            ActorName = Cut(facts.ActorName, MaxActorName)!,
            Action = Cut(facts.Action, MaxAction)!,
            RecordType = Cut(facts.RecordType, MaxRecordType)!,
            RecordId = Cut(facts.RecordId, MaxRecordId)!,
            MunicipalityAgs = Cut(facts.MunicipalityAgs, 8),
            IpAddress = Cut(facts.IpAddress, MaxIpAddress),
            Details = Cut(facts.Details, MaxDetails),
            PreviousHash = previousHash,
        };
        entry.Hash = AuditChain.ComputeHash(entry, key);
        return entry;
    }

    private static string? Cut(string? value, int max) => value is null || value.Length <= max ? value : value[..(max - 1)] + "…";

    internal sealed class Configuration : IEntityTypeConfiguration<AuditEntry>
    {
        public void Configure(EntityTypeBuilder<AuditEntry> builder)
        {
            builder.ToTable("hub_audit_entries");
            builder.HasKey(e => e.Sequence);
            // The sequence is taken under the append lock; the key makes a forked chain impossible even so.
            builder.Property(e => e.Sequence).ValueGeneratedNever();
            builder.Property(e => e.ActorId).HasMaxLength(MaxActorId);
            builder.Property(e => e.ActorName).HasMaxLength(MaxActorName);
            builder.Property(e => e.Action).HasMaxLength(MaxAction);
            builder.Property(e => e.RecordType).HasMaxLength(MaxRecordType);
            builder.Property(e => e.RecordId).HasMaxLength(MaxRecordId);
            builder.Property(e => e.MunicipalityAgs).HasMaxLength(8);
            builder.Property(e => e.IpAddress).HasMaxLength(MaxIpAddress);
            builder.Property(e => e.Details).HasMaxLength(MaxDetails);
            builder.Property(e => e.PreviousHash).HasMaxLength(HashLength).IsFixedLength();
            builder.Property(e => e.Hash).HasMaxLength(HashLength).IsFixedLength();
            builder.HasIndex(e => e.At);
            builder.HasIndex(e => e.Action);
            builder.HasIndex(e => e.RecordType);
        }
    }
}
