namespace SmartRegion.Hub.Resources;

/// <summary>Marker for the texts of the Hub's mail pages (<c>MailText.resx</c>, German; <c>MailText.en.resx</c>, English).</summary>
internal sealed class MailText;
