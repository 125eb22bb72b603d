namespace SmartRegion.Help.Resources;

/// <summary>Marker for the texts of the HSDS import page (<c>HsdsText.resx</c>, German; <c>HsdsText.en.resx</c>, English).</summary>
internal sealed class HsdsText;
