namespace SmartRegion.Help.Offers;

/// <summary>A topic's name as shown, with its language when it differs from the page's (else null).</summary>
internal sealed record TopicName(string Text, string? Language);
