namespace SmartRegion.Hub.Resources;

/// <summary>Marker for the audit log's texts (<c>AuditText.resx</c>, German; <c>AuditText.en.resx</c>, English).</summary>
internal sealed class AuditText;
