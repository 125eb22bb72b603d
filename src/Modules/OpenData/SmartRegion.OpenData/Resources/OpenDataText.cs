namespace SmartRegion.OpenData.Resources;

/// <summary>Marker for the catalogue's texts (<c>OpenDataText.resx</c>, German; <c>OpenDataText.en.resx</c>, English).</summary>
internal sealed class OpenDataText;
