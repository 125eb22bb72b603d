namespace SmartRegion.Help.Resources;

/// <summary>
/// Marker for the names of the help directory's topics by code (<c>TopicText.resx</c>: the German names of the
/// directory's own topic list; <c>TopicText.en.resx</c>: their English names). Read by <c>Offers/TopicNames</c>.
/// </summary>
internal sealed class TopicText;
