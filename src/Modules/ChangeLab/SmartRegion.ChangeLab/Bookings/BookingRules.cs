using System.Globalization;
using Microsoft.Extensions.Localization;
using SmartRegion.ChangeLab.Resources;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Time;

namespace SmartRegion.ChangeLab.Bookings;

/// <summary>
/// The house rules for one requested stretch: an opening day within the booking horizon, whole slots between opening
/// and closing, not in the past. No times means the whole opening day. Pure, so the rules are tested without a host.
/// </summary>
internal static class BookingRules
{
    internal sealed record Stretch(DateOnly Day, DateTimeOffset StartsAt, DateTimeOffset EndsAt, IReadOnlyList<DateTimeOffset> Slots);

    public static bool IsOpenDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !BavarianHolidays.IsHoliday(day);

    /// <summary>The slot starts of a day from opening to closing, as local times.</summary>
    public static IReadOnlyList<TimeOnly> SlotTimes(ChangeLabOptions rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var times = new List<TimeOnly>();
        for (var t = rules.OpensAt; t < rules.ClosesAt; t = t.AddMinutes(rules.SlotMinutes))
        {
            times.Add(t);
        }

        return times;
    }

    public static (Stretch? Stretch, ValidationErrors Errors) Check(
        string? day, string? from, string? to, ChangeLabOptions rules, DateTimeOffset now, IStringLocalizer<ChangeLabText> text)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(text);
        var errors = new ValidationErrors();
        if (!DateOnly.TryParseExact(day?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return (null, errors.Add("Day", text["Field.Day.Unreadable"]));
        }

        var today = BerlinDay.Of(now);
        errors.AddIf(date < today, "Day", text["Field.Day.Past"])
            .AddIf(date >= today.AddDays(rules.HorizonDays), "Day", text["Field.Day.Horizon", rules.HorizonDays])
            .AddIf(date >= today && !IsOpenDay(date), "Day", text["Field.Day.Closed"]);
        var wholeDay = string.IsNullOrWhiteSpace(from) && string.IsNullOrWhiteSpace(to);
        var start = wholeDay ? rules.OpensAt : ReadTime(from, "From", rules, errors, text);
        var end = wholeDay ? rules.ClosesAt : ReadTime(to, "To", rules, errors, text);
        if (start is { } s && end is { } e && e <= s)
        {
            errors.Add("To", text["Field.To.BeforeFrom"]);
        }

        if (!errors.IsEmpty)
        {
            return (null, errors);
        }

        var startsAt = BerlinDay.At(date, start!.Value);
        var endsAt = BerlinDay.At(date, end!.Value);
        if (endsAt <= now)
        {
            return (null, errors.Add("From", text["Field.From.Past"]));
        }

        var slots = new List<DateTimeOffset>();
        for (var t = start.Value; t < end.Value; t = t.AddMinutes(rules.SlotMinutes))
        {
            slots.Add(BerlinDay.At(date, t));
        }

        return (new Stretch(date, startsAt, endsAt, slots), errors);
    }

    private static TimeOnly? ReadTime(string? value, string field, ChangeLabOptions rules, ValidationErrors errors, IStringLocalizer<ChangeLabText> text)
    {
        if (!TimeOnly.TryParseExact(value?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            errors.Add(field, text["Field.Time.Unreadable"]);
            return null;
        }

        var minutes = (time.Hour * 60) + time.Minute;
        if (time < rules.OpensAt || time > rules.ClosesAt || minutes % rules.SlotMinutes != 0)
        {
            errors.Add(field, text["Field.Time.OutsideHours", rules.OpensAt.ToString("HH:mm", CultureInfo.InvariantCulture),
                rules.ClosesAt.ToString("HH:mm", CultureInfo.InvariantCulture), rules.SlotMinutes]);
            return null;
        }

        return time;
    }
}
