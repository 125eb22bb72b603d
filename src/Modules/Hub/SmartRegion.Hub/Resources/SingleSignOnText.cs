namespace SmartRegion.Hub.Resources;

/// <summary>Marker for the single sign-on texts (<c>SingleSignOnText.resx</c>, German; <c>SingleSignOnText.en.resx</c>, English).</summary>
internal sealed class SingleSignOnText;
