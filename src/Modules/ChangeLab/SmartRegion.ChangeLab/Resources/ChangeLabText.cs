namespace SmartRegion.ChangeLab.Resources;

/// <summary>Marker for the Change Lab pages' texts (<c>ChangeLabText.resx</c>, German; <c>ChangeLabText.en.resx</c>, English).</summary>
internal sealed class ChangeLabText;
