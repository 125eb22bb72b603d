using System.Globalization;
using Microsoft.Extensions.Localization;
using SmartRegion.Events.Calendar;
using SmartRegion.Events.Resources;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Events.Dates;

/// <summary>The date form as posted (text, so nothing a browser sends throws); <see cref="ToRequest"/> names what it could not read.</summary>
internal sealed class DateForm
{
    private static readonly string[] Formats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "dd.MM.yyyy HH:mm", "d.M.yyyy H:mm"];

    public string? Starts { get; set; }

    public string? Ends { get; set; }

    public string? Sequence { get; set; }

    /// <summary>The form filled with a date's times as they are (Europe/Berlin) and its version.</summary>
    public static DateForm From(DateTimeOffset starts, DateTimeOffset ends, int sequence) => new()
    {
        Starts = Local(starts), Ends = Local(ends), Sequence = sequence.ToString(CultureInfo.InvariantCulture),
    };

    public static string Local(DateTimeOffset instant) => Recurrence.ToLocal(instant).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    public DateRequest ToRequest(ValidationErrors unreadable, IStringLocalizer<EventsText> text)
    {
        ArgumentNullException.ThrowIfNull(unreadable);
        return new DateRequest
        {
            Starts = Read(Starts, nameof(DateRequest.Starts), "Field.Starts.Required"),
            Ends = Read(Ends, nameof(DateRequest.Ends), "Dates.Ends.Required"),
            Sequence = SequenceNumber(),
        };

        DateTime? Read(string? value, string field, string key)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            if (DateTime.TryParseExact(value.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var read))
            {
                return read;
            }

            unreadable.Add(field, text[key]);
            return null;
        }
    }

    /// <summary>The version the form was made from; a tampered value counts as stale rather than as none.</summary>
    public int? SequenceNumber() =>
        string.IsNullOrWhiteSpace(Sequence) ? null : int.TryParse(Sequence, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
}
