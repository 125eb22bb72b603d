namespace SmartRegion.OpenData.Maps;

/// <summary>Marker for the map preview's texts (<c>MapText.resx</c>, German; <c>MapText.en.resx</c>, English).</summary>
internal sealed class MapText;
