namespace SmartRegion.Participation.Resources;

/// <summary>Marker for the participation pages' texts (<c>ParticipationText.resx</c>, German; <c>ParticipationText.en.resx</c>, English).</summary>
internal sealed class ParticipationText;
