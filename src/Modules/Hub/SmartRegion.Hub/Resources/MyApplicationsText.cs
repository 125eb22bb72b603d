namespace SmartRegion.Hub.Resources;

/// <summary>Marker for the texts of "Meine Anwendungen", the consents a person gave (<c>MyApplicationsText.resx</c>, German; <c>MyApplicationsText.en.resx</c>, English).</summary>
internal sealed class MyApplicationsText;
