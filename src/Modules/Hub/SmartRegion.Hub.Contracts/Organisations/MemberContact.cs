using SmartRegion.Hub.Contracts.People;

namespace SmartRegion.Hub.Contracts.Organisations;

/// <summary>Where to write to a member of an organisation about the organisation's business (e.g. a reminder).</summary>
/// <param name="PersonId">The member.</param>
/// <param name="DisplayName">The name the member chose to be shown.</param>
/// <param name="Email">The member's confirmed e-mail address.</param>
/// <param name="PreferredLanguage"><c>de</c> or <c>en</c>.</param>
public sealed record MemberContact(PersonId PersonId, string DisplayName, string Email, string PreferredLanguage);
