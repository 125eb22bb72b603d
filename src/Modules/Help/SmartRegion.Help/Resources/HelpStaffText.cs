namespace SmartRegion.Help.Resources;

/// <summary>Marker for the provider and staff pages' texts (<c>HelpStaffText.resx</c>, German; <c>HelpStaffText.en.resx</c>, English).</summary>
internal sealed class HelpStaffText;
