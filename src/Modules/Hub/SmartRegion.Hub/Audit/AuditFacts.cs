namespace SmartRegion.Hub.Audit;

/// <summary>Everything an entry states, before it gets its place in the chain.</summary>
internal sealed record AuditFacts(
    DateTimeOffset At,
    string ActorId,
    string ActorName,
    string Action,
    string RecordType,
    string RecordId,
    string? MunicipalityAgs,
    string? IpAddress,
    string? Details);
