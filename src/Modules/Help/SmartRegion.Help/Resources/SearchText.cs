namespace SmartRegion.Help.Resources;

/// <summary>Marker for the search API's messages (<c>SearchText.resx</c>, German; <c>SearchText.en.resx</c>, English).</summary>
internal sealed class SearchText;
