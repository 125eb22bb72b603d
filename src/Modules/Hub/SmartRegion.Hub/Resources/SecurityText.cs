namespace SmartRegion.Hub.Resources;

/// <summary>Marker for the texts of second factors and passkeys (<c>SecurityText.resx</c>, German; <c>SecurityText.en.resx</c>, English).</summary>
internal sealed class SecurityText;
