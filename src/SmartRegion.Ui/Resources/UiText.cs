namespace SmartRegion.Ui.Resources;

/// <summary>Marker for the shell's texts (<c>UiText.resx</c>, German; <c>UiText.en.resx</c>, English).</summary>
public sealed class UiText;
