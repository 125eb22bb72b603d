namespace SmartRegion.Hub.Resources;

/// <summary>Marker for the account pages' texts (<c>AccountText.resx</c>, German; <c>AccountText.en.resx</c>, English).</summary>
internal sealed class AccountText;
