using System.Globalization;
using Microsoft.Extensions.Localization;
using SmartRegion.Events.Calendar;
using SmartRegion.Events.Resources;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Events.Organising;

/// <summary>
/// The organiser's form as posted: every field as text, so a typo in a number or date becomes a message at its field
/// instead of a silently empty value. <see cref="ToRequest"/> reads it into what <see cref="CreateEvent"/> and
/// <see cref="UpdateEvent"/> take.
/// </summary>
internal sealed class EventForm
{
    /// <summary>The fields in the order the form shows them, so the error summary follows the page.</summary>
    public static readonly string[] Order =
    [
        nameof(CreateEvent.Request.MunicipalityAgs), nameof(CreateEvent.Request.OrganisationId), nameof(EventInput.Title), nameof(EventInput.Description),
        nameof(EventInput.Agenda), nameof(EventInput.Audience), nameof(EventInput.Topic), nameof(EventInput.Mode), nameof(EventInput.PlaceId),
        nameof(EventInput.OnlineUrl), nameof(EventInput.Starts), nameof(EventInput.DurationMinutes), nameof(EventInput.Rule), nameof(EventInput.Exceptions),
        nameof(EventInput.Cost), nameof(EventInput.Capacity), nameof(EventInput.RegistrationClosesHoursBefore),
    ];

    public string? MunicipalityAgs { get; set; }

    public string? OrganisationId { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Agenda { get; set; }

    public string? Audience { get; set; }

    public string? Topic { get; set; }

    public string? Mode { get; set; }

    public string? PlaceId { get; set; }

    public string? OnlineUrl { get; set; }

    /// <summary>As a <c>datetime-local</c> field sends it: <c>2027-03-04T18:30</c>, Europe/Berlin.</summary>
    public string? Starts { get; set; }

    public string? DurationMinutes { get; set; }

    public string? Rule { get; set; }

    /// <summary>ISO dates separated by commas or spaces.</summary>
    public string? Exceptions { get; set; }

    public bool SkipHolidays { get; set; }

    public string? Cost { get; set; }

    public string? Capacity { get; set; }

    public string? RegistrationClosesHoursBefore { get; set; }

    /// <summary>The form filled from a stored event, for the edit page.</summary>
    public static EventForm From(Event item) => new()
    {
        MunicipalityAgs = item.MunicipalityAgs, OrganisationId = item.OrganisationId?.ToString(), Title = item.Title, Description = item.Description,
        Agenda = item.Agenda, Audience = item.Audience, Topic = item.Topic, Mode = item.Mode, PlaceId = item.PlaceId?.ToString(), OnlineUrl = item.OnlineUrl,
        Cost = item.Cost == 0 ? null : item.Cost.ToString("0.##", CultureInfo.InvariantCulture), Capacity = Number(item.Capacity),
        RegistrationClosesHoursBefore = item.RegistrationClosesHoursBefore == 0 ? null : Number(item.RegistrationClosesHoursBefore),
    };

    /// <summary>The request; the fields that could not be read are in <paramref name="unreadable"/> with their message.</summary>
    public CreateEvent.Request ToRequest(ValidationErrors unreadable, IStringLocalizer<EventsText> text)
    {
        ArgumentNullException.ThrowIfNull(unreadable);
        var request = new CreateEvent.Request
        {
            MunicipalityAgs = MunicipalityAgs, Title = Title, Description = Description, Agenda = Agenda, Audience = Audience, Topic = Topic, Mode = Mode,
            OnlineUrl = OnlineUrl, Rule = Rule, SkipHolidays = SkipHolidays,
            OrganisationId = Read<Guid>(OrganisationId, nameof(CreateEvent.Request.OrganisationId), "Field.Organisation.Unknown", v => Guid.TryParse(v, out var g) ? g : null),
            PlaceId = Read<Guid>(PlaceId, nameof(EventInput.PlaceId), "Field.Place.Unknown", v => Guid.TryParse(v, out var g) ? g : null),
            Starts = Read<DateTime>(Starts, nameof(EventInput.Starts), "Field.Starts.Required", v =>
                DateTime.TryParseExact(v, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null),
            DurationMinutes = Read(DurationMinutes, nameof(EventInput.DurationMinutes), "Field.Duration.Invalid", Integer),
            Cost = Read<decimal>(Cost, nameof(EventInput.Cost), "Field.Cost.Invalid", v =>
                decimal.TryParse(v.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : null),
            Capacity = Read(Capacity, nameof(EventInput.Capacity), "Field.Capacity.Invalid", Integer),
            RegistrationClosesHoursBefore = Read(RegistrationClosesHoursBefore, nameof(EventInput.RegistrationClosesHoursBefore), "Field.Closes.Invalid", Integer),
        };
        var days = new List<DateOnly>();
        foreach (var part in (Exceptions ?? "").Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (DateOnly.TryParseExact(part, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                days.Add(day);
            }
            else
            {
                unreadable.Add(nameof(EventInput.Exceptions), text["Field.Exceptions.Invalid", part]);
                break;
            }
        }

        request.Exceptions = days;
        return request;

        T? Read<T>(string? value, string field, string key, Func<string, T?> parse)
            where T : struct
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            var read = parse(value.Trim());
            unreadable.AddIf(read is null, field, text[key, Event.MaxShort]);
            return read;
        }
    }

    /// <summary>The errors of the form in page order; a field that could not be read shows that message only.</summary>
    public static IReadOnlyDictionary<string, string[]> Merge(IReadOnlyDictionary<string, string[]> unreadable, IReadOnlyDictionary<string, string[]> invalid)
    {
        var all = new Dictionary<string, string[]>(invalid);
        foreach (var (field, messages) in unreadable)
        {
            all[field] = messages;
        }

        return all.OrderBy(e => Array.IndexOf(Order, e.Key) is var i && i < 0 ? int.MaxValue : i).ToDictionary(e => e.Key, e => e.Value);
    }

    private static int? Integer(string value) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
