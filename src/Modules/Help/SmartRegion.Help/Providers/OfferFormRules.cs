using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using SmartRegion.Help.Offers;
using SmartRegion.Help.Resources;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Web;

namespace SmartRegion.Help.Providers;

/// <summary>The checks of the offer form, with messages per field; the HSDS profile checks run again on approval.</summary>
internal static partial class OfferFormRules
{
    public const int MaxByAppointment = 500;

    /// <summary>The form's values in the types HSDS wants, once every check passed.</summary>
    internal sealed record Parsed(decimal? MinimumAge, decimal? MaximumAge, double? Latitude, double? Longitude, IReadOnlyList<string> Languages, IReadOnlyList<string> Categories);

    public static Parsed? Check(
        OfferForm form, bool hasLocation, IReadOnlySet<string> categories, IReadOnlySet<string> municipalities,
        IStringLocalizer<HelpStaffText> text, ValidationErrors errors)
    {
        Text(errors, nameof(OfferForm.Name), form.Name, OfferLimits.Name, required: true, text);
        Text(errors, nameof(OfferForm.Description), form.Description, OfferLimits.Text, required: true, text, lines: true);
        Text(errors, nameof(OfferForm.Eligibility), form.Eligibility, OfferLimits.Text, required: false, text, lines: true);
        Text(errors, nameof(OfferForm.Fees), form.Fees, OfferLimits.Text, required: false, text, lines: true);
        var min = Age(errors, nameof(OfferForm.MinimumAge), form.MinimumAge, text);
        var max = Age(errors, nameof(OfferForm.MaximumAge), form.MaximumAge, text);
        errors.AddIf(min > max, nameof(OfferForm.MaximumAge), text["Form.Age.Order"]);
        errors.AddIf(!string.IsNullOrWhiteSpace(form.CostOption) && !OfferForm.CostOptions.Contains(form.CostOption, StringComparer.Ordinal),
            nameof(OfferForm.CostOption), text["Form.CostOption.Invalid"]);
        errors.AddIf(!string.IsNullOrWhiteSpace(form.Phone) && !PhoneNumber().IsMatch(form.Phone.Trim()), nameof(OfferForm.Phone), text["Form.Phone.Invalid"]);
        var email = form.Email?.Trim();
        errors.AddIf(!string.IsNullOrEmpty(email) && (email.Length > OfferLimits.Email || !EmailAddress().IsMatch(email)), nameof(OfferForm.Email), text["Form.Email.Invalid"]);
        var web = form.Website?.Trim();
        errors.AddIf(!string.IsNullOrEmpty(web) && (web.Length > OfferLimits.Url || !(Uri.TryCreate(web, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")),
            nameof(OfferForm.Website), text["Form.Website.Invalid"]);
        errors.AddIf(string.IsNullOrWhiteSpace(form.Category) || !categories.Contains(form.Category), nameof(OfferForm.Category), text["Form.Category.Required"]);
        errors.AddIf(!string.IsNullOrWhiteSpace(form.SecondCategory) && (!categories.Contains(form.SecondCategory) || form.SecondCategory == form.Category),
            nameof(OfferForm.SecondCategory), text["Form.SecondCategory.Invalid"]);
        var languages = (form.Languages ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        errors.AddIf(languages.Count > 20 || languages.Any(l => !LanguageCode().IsMatch(l)), nameof(OfferForm.Languages), text["Form.Languages.Invalid"]);

        var anyAddress = !string.IsNullOrWhiteSpace(form.Street) || !string.IsNullOrWhiteSpace(form.PostalCode) || !string.IsNullOrWhiteSpace(form.Municipality);
        if (hasLocation || anyAddress)
        {
            Text(errors, nameof(OfferForm.Street), form.Street, OfferLimits.Name, required: true, text);
            errors.AddIf(!PostalCodePattern().IsMatch(form.PostalCode?.Trim() ?? ""), nameof(OfferForm.PostalCode), text["Form.PostalCode.Invalid"]);
            errors.AddIf(string.IsNullOrWhiteSpace(form.Municipality) || !municipalities.Contains(form.Municipality), nameof(OfferForm.Municipality), text["Form.Municipality.Required"]);
        }

        var lat = Coordinate(errors, nameof(OfferForm.Latitude), form.Latitude, 90, text);
        var lon = Coordinate(errors, nameof(OfferForm.Longitude), form.Longitude, 180, text);
        errors.AddIf(lat.HasValue != lon.HasValue && errors.IsEmpty, lat.HasValue ? nameof(OfferForm.Longitude) : nameof(OfferForm.Latitude), text["Form.Coordinates.Both"]);

        for (var i = 0; i < form.Hours.Count && i < OfferForm.Rows; i++)
        {
            var row = form.Hours[i];
            if (row.IsEmpty)
            {
                continue;
            }

            var field = $"Hours{i + 1}";
            errors.AddIf(!row.Checked.Any(d => d), field + "Mo", text["Form.Hours.Days", i + 1]);
            errors.AddIf(!Time().IsMatch(row.Opens?.Trim() ?? ""), field + "Opens", text["Form.Hours.Time", i + 1]);
            errors.AddIf(!Time().IsMatch(row.Closes?.Trim() ?? ""), field + "Closes", text["Form.Hours.Time", i + 1]);
            errors.AddIf(Time().IsMatch(row.Opens?.Trim() ?? "") && row.Opens!.Trim() == row.Closes?.Trim(), field + "Closes", text["Form.Hours.Same", i + 1]);
        }

        errors.AddIf(form.Hours.Skip(OfferForm.Rows).Any(r => !r.IsEmpty), "Hours1Mo", text["Form.Hours.TooMany", OfferForm.Rows]);
        Text(errors, nameof(OfferForm.ByAppointment), form.ByAppointment, MaxByAppointment, required: false, text);
        Text(errors, nameof(OfferForm.Comment), form.Comment, Revisions.OfferRevision.MaxReason, required: false, text, lines: true);
        var chosen = new[] { form.Category, form.SecondCategory }.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!).Distinct(StringComparer.Ordinal).ToList();
        return errors.IsEmpty ? new Parsed(min, max, lat, lon, languages, chosen) : null;
    }

    private static void Text(ValidationErrors errors, string field, string? value, int max, bool required, IStringLocalizer<HelpStaffText> text, bool lines = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.AddIf(required, field, text["Form.Required"]);
            return;
        }

        errors.AddIf(value.Trim().Length > max, field, text["Form.TooLong", max]);
        errors.AddIf(TextInput.HasControlCharacters(value, allowLineBreaks: lines), field, text["Form.ControlCharacters"]);
    }

    private static decimal? Age(ValidationErrors errors, string field, string? value, IStringLocalizer<HelpStaffText> text)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age is >= 0 and <= 150)
        {
            return age;
        }

        errors.Add(field, text["Form.Age.Invalid"]);
        return null;
    }

    private static double? Coordinate(ValidationErrors errors, string field, string? value, double limit, IStringLocalizer<HelpStaffText> text)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (double.TryParse(value.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) && Math.Abs(number) <= limit)
        {
            return Math.Round(number, 6);
        }

        errors.Add(field, text["Form.Coordinate.Invalid", limit]);
        return null;
    }

    [GeneratedRegex(@"^\+?[0-9][0-9 ()/\-]{2,40}$")]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"^[^\s@]+@[^\s@]+\.[^\s@]+$")]
    private static partial Regex EmailAddress();

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguageCode();

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex PostalCodePattern();

    [GeneratedRegex("^([01][0-9]|2[0-3]):[0-5][0-9]$")]
    private static partial Regex Time();
}
