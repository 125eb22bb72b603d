using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using SmartRegion.Hub.Resources;
using SmartRegion.Kernel.Problems;

namespace SmartRegion.Hub.Accounts;

/// <summary>
/// Checks a new password against Identity's validators and says in plain words what is wrong. Following BSI guidance,
/// length counts, not character classes.
/// </summary>
internal static class PasswordRules
{
    public const int MaxLength = 200;

    public static async Task CheckAsync(
        UserManager<Person> users, Person person, string? password, string field, ValidationErrors errors, IStringLocalizer<SelfServiceText> text)
    {
        if (string.IsNullOrEmpty(password))
        {
            errors.Add(field, text["Password.Required"]);
            return;
        }

        if (password.Length > MaxLength)
        {
            errors.Add(field, text["Password.TooLong", MaxLength]);
            return;
        }

        var messages = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, person, password);
            messages.AddRange(result.Errors.Select(e => e.Code switch
            {
                nameof(IdentityErrorDescriber.PasswordTooShort) => text["Password.TooShort", AccountRegistration.MinPasswordLength].Value,
                nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => text["Password.TooSimple"].Value,
                _ => text["Password.Invalid"].Value,
            }));
        }

        foreach (var message in messages.Distinct())
        {
            errors.Add(field, message);
        }
    }
}
