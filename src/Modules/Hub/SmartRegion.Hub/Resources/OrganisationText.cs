namespace SmartRegion.Hub.Resources;

/// <summary>Marker for the organisation pages' texts (<c>OrganisationText.resx</c>, German; <c>OrganisationText.en.resx</c>, English).</summary>
internal sealed class OrganisationText;
