namespace SmartRegion.Web.Resources;

/// <summary>Marker for the host's texts (error pages).</summary>
internal sealed class WebText;
