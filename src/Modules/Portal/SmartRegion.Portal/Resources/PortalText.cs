namespace SmartRegion.Portal.Resources;

/// <summary>Marker for the portal's texts (<c>PortalText.resx</c>, German; <c>PortalText.en.resx</c>, English).</summary>
internal sealed class PortalText;
