namespace SmartRegion.Help.Resources;

/// <summary>Marker for the help directory's texts (<c>HelpText.resx</c>, German; <c>HelpText.en.resx</c>, English).</summary>
internal sealed class HelpText;
