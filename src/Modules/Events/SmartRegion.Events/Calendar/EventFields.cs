namespace SmartRegion.Events.Calendar;

/// <summary>The checked content of an event form.</summary>
internal sealed record EventFields(
    string Title, string Description, string? Agenda, string? Audience, string Topic, string Mode, Guid? PlaceId, string? OnlineUrl, decimal Cost,
    int? Capacity, int RegistrationClosesHoursBefore);
