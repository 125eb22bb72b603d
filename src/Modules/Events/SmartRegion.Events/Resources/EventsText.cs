namespace SmartRegion.Events.Resources;

/// <summary>Marker for the event pages' texts (<c>EventsText.resx</c>, German; <c>EventsText.en.resx</c>, English).</summary>
internal sealed class EventsText;
