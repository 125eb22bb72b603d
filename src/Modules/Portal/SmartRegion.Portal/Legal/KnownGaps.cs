namespace SmartRegion.Portal.Legal;

/// <summary>
/// The barriers the platform knows of and has not removed yet, the maintained list behind the accessibility statement
/// ("Nicht barrierefreie Inhalte"). Each entry is a resource key <c>A11y.Gap.{key}</c> in German and English; remove an
/// entry in the same change that removes the barrier.
/// </summary>
internal static class KnownGaps
{
    public static readonly IReadOnlyList<string> Keys =
    [
        "SignLanguage",
        "GermanContent",
        "UploadedFiles",
        "Hyphenation",
        "UserTesting",
    ];
}
