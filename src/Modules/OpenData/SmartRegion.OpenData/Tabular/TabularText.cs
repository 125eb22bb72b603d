namespace SmartRegion.OpenData.Tabular;

/// <summary>Marker for the tabular data's texts (<c>TabularText.resx</c>, German; <c>TabularText.en.resx</c>, English).</summary>
internal sealed class TabularText;
