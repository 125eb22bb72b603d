using System.Globalization;
using Microsoft.Extensions.Localization;
using SmartRegion.Events.Resources;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Web;

namespace SmartRegion.Events.Calendar;

/// <summary>What an organiser enters for an event, from the API and the form alike; <see cref="Validate"/> names each wrong field.</summary>
internal class EventInput
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Agenda { get; set; }

    public string? Audience { get; set; }

    public string? Topic { get; set; }

    public string? Mode { get; set; }

    public Guid? PlaceId { get; set; }

    public string? OnlineUrl { get; set; }

    public decimal? Cost { get; set; }

    /// <summary>Seats per date; empty when no registration is needed.</summary>
    public int? Capacity { get; set; }

    public int? RegistrationClosesHoursBefore { get; set; }

    /// <summary>The first (or only) date's start in Europe/Berlin, e.g. <c>2027-03-04T18:30</c>.</summary>
    public DateTime? Starts { get; set; }

    public int? DurationMinutes { get; set; }

    /// <summary>An RFC 5545 recurrence rule for a series, e.g. <c>FREQ=WEEKLY;BYDAY=TU;COUNT=10</c>; empty for a single date.</summary>
    public string? Rule { get; set; }

    /// <summary>Days of the series that are left out (ISO dates).</summary>
    public List<DateOnly>? Exceptions { get; set; }

    /// <summary>Leave out the public holidays of the region (Bavaria, Würzburg).</summary>
    public bool SkipHolidays { get; set; }

    public EventFields? Validate(ValidationErrors errors, IStringLocalizer<EventsText> text)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var title = Title?.Trim() ?? "";
        var description = Description?.Trim() ?? "";
        errors.AddIf(title.Length == 0 || title.Length > Event.MaxTitle || TextInput.HasControlCharacters(title), nameof(Title), text["Field.Title.Invalid", Event.MaxTitle]);
        errors.AddIf(description.Length == 0 || description.Length > Event.MaxText || TextInput.HasControlCharacters(description, allowLineBreaks: true),
            nameof(Description), text["Field.Description.Invalid", Event.MaxText]);
        errors.AddIf(Agenda is { Length: > Event.MaxText } || TextInput.HasControlCharacters(Agenda, allowLineBreaks: true), nameof(Agenda), text["Field.Agenda.Invalid", Event.MaxText]);
        errors.AddIf(Audience is { Length: > Event.MaxShort } || TextInput.HasControlCharacters(Audience), nameof(Audience), text["Field.Audience.Invalid", Event.MaxShort]);
        var topic = string.IsNullOrWhiteSpace(Topic) ? Topics.Community : Topic.Trim();
        errors.AddIf(!Topics.All.Contains(topic), nameof(Topic), text["Field.Topic.Invalid"]);
        var mode = string.IsNullOrWhiteSpace(Mode) ? AttendanceModes.InPerson : Mode.Trim();
        errors.AddIf(!AttendanceModes.All.Contains(mode), nameof(Mode), text["Field.Mode.Invalid"]);
        errors.AddIf(AttendanceModes.HasPlace(mode) && PlaceId is null, nameof(PlaceId), text["Field.Place.Required"]);
        var url = string.IsNullOrWhiteSpace(OnlineUrl) ? null : OnlineUrl.Trim();
        errors.AddIf(AttendanceModes.IsOnline(mode) && !IsHttpsUrl(url), nameof(OnlineUrl), text["Field.OnlineUrl.Invalid"]);
        errors.AddIf(Cost is < 0 or > 10_000, nameof(Cost), text["Field.Cost.Invalid"]);
        errors.AddIf(Capacity is < 1 or > 100_000, nameof(Capacity), text["Field.Capacity.Invalid"]);
        errors.AddIf(RegistrationClosesHoursBefore is < 0 or > 24 * 60, nameof(RegistrationClosesHoursBefore), text["Field.Closes.Invalid"]);
        errors.AddIf(Starts is null, nameof(Starts), text["Field.Starts.Required"]);
        errors.AddIf(DurationMinutes is null or < 5 or > 24 * 60 * 14, nameof(DurationMinutes), text["Field.Duration.Invalid"]);
        if (!errors.IsEmpty)
        {
            return null;
        }

        return new EventFields(title, description, Blank(Agenda), Blank(Audience), topic, mode, AttendanceModes.HasPlace(mode) ? PlaceId : null,
            AttendanceModes.IsOnline(mode) ? url : null, Cost ?? 0, Capacity, RegistrationClosesHoursBefore ?? 0);
    }

    /// <summary>The dates of the event, or null with the error on <c>Rule</c>.</summary>
    public IReadOnlyList<(DateTimeOffset Starts, DateTimeOffset Ends)>? Dates(ValidationErrors errors, IStringLocalizer<EventsText> text)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var result = Recurrence.Expand(Starts!.Value, TimeSpan.FromMinutes(DurationMinutes!.Value), Rule, Exceptions ?? [], SkipHolidays);
        if (result.Error is { } error)
        {
            errors.Add(nameof(Rule), error == "too-many" ? text["Field.Rule.TooMany", Recurrence.MaxDates.ToString(CultureInfo.CurrentCulture)] : text["Field.Rule.Invalid"]);
            return null;
        }

        errors.AddIf(result.Dates.Count == 0, nameof(Rule), text["Field.Rule.Empty"]);
        return errors.IsEmpty ? result.Dates : null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool IsHttpsUrl(string? value) =>
        value is { Length: <= Event.MaxShort } && Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;
}
