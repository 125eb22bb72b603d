namespace SmartRegion.Hub.Contracts.Audit;

/// <summary>
/// One action of staff or an admin on personal data or on roles, as handed to <see cref="IAuditLog"/>.
/// Who did it, when and from where the audit log takes from the current request itself.
/// </summary>
/// <param name="Action">What was done, as <c>&lt;records&gt;.&lt;verb&gt;</c> in kebab case, e.g. <c>barrier-reports.read</c>.</param>
/// <param name="RecordType">The kind of record acted on, e.g. <c>barrier-report</c>.</param>
/// <param name="RecordId">Which record; for a list read, the slice of the list (e.g. <c>page=2</c>).</param>
/// <param name="MunicipalityAgs">The municipality (AGS) the record belongs to, when it belongs to one.</param>
/// <param name="Details">
/// Plain context for a reader of the log (e.g. the ids of the records shown). Never secrets, never the personal
/// data itself: the log is kept longer than most records and is read by admins.
/// </param>
public sealed record AuditRecord(
    string Action,
    string RecordType,
    string RecordId,
    string? MunicipalityAgs = null,
    string? Details = null);
