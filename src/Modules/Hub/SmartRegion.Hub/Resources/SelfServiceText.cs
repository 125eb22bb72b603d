namespace SmartRegion.Hub.Resources;

/// <summary>Marker for the self-service texts: registration, password reset, profile (<c>SelfServiceText.resx</c>, German; <c>.en.resx</c>, English).</summary>
internal sealed class SelfServiceText;
