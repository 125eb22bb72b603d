namespace SmartRegion.Hub.Resources;

/// <summary>Marker for the role administration's texts (<c>RoleText.resx</c>, German; <c>RoleText.en.resx</c>, English).</summary>
internal sealed class RoleText;
