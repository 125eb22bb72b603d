namespace SmartRegion.Hub.Resources;

/// <summary>Marker for the Hub's texts (<c>HubText.resx</c>, German; <c>HubText.en.resx</c>, English).</summary>
internal sealed class HubText;
