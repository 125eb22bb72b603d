namespace SmartRegion.Hub.Resources;

/// <summary>Marker for the "Meine Daten" texts (<c>PrivacyText.resx</c>, German; <c>PrivacyText.en.resx</c>, English).</summary>
internal sealed class PrivacyText;
